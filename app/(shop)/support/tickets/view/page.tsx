import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RenewLinkForm } from '@/components/links/renew-link-form';
import { TicketView, type TicketNotice } from '@/components/support/ticket-view';
import { findTicketByToken } from '@/lib/support/access';
import { renewTicketLinkAction } from '@/lib/support/link-actions';
import { getTicketForCustomer } from '@/lib/support/queries';

export const metadata: Metadata = { title: 'Your conversation with support', robots: { index: false } };
export const dynamic = 'force-dynamic';

const NOTICES: TicketNotice[] = ['created', 'replied', 'solved', 'rated', 'confirmed'];

/**
 * Opened from the signed link in every ticket e-mail (or from the account, with a fresh one): the link is the proof.
 * Opening it changes nothing (mail scanners open every link); an unverified sender confirms with the page's button.
 */
export default async function TicketViewPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; notice?: string | string[] }>;
}) {
  const { token, notice } = await searchParams;
  const ticketToken = typeof token === 'string' ? token : undefined;
  const owned = ticketToken ? await findTicketByToken(ticketToken) : null;
  const ticket = owned ? await getTicketForCustomer(owned.id) : null;
  if (!ticket || !ticketToken) notFound();
  return (
    <TicketView ticket={ticket} token={ticketToken} notice={NOTICES.find((n) => n === notice)}>
      <RenewTicketLink token={ticketToken} />
    </TicketView>
  );
}

/** The holder's way to swap this link for a fresh one, e-mailed to the ticket's address (lib/support/link-actions.ts). */
function RenewTicketLink({ token }: { token: string }) {
  return (
    <section className="rounded-2xl border border-line bg-white p-6" aria-label="This conversation's link">
      <RenewLinkForm
        action={renewTicketLinkAction}
        proof={{ name: 'token', value: token }}
        intro="Shared this link by mistake? Anyone with it can read and answer this conversation. We can e-mail a new one to your address; this link, and every older one, then stops working."
        label="Send me a new link, revoke this one"
      />
    </section>
  );
}
