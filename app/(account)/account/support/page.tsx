import type { Metadata } from 'next';
import Link from 'next/link';
import { TicketList } from '@/components/support/ticket-list';
import { requireViewer } from '@/lib/auth/guards';
import { listTicketsForCustomer } from '@/lib/support/queries';

export const metadata: Metadata = { title: 'Your support conversations', robots: { index: false } };

export default async function AccountSupportPage() {
  const viewer = await requireViewer('/account/support');
  const tickets = await listTicketsForCustomer(viewer);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <p>
        <Link href="/account">Your account</Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Your support conversations</h1>
      <div className="mt-6 rounded-2xl border border-line bg-white px-6 py-2">
        {tickets.length ? <TicketList tickets={tickets} /> : <p className="py-4 text-ink-soft">No conversations with support yet.</p>}
      </div>
      <p className="mt-6">
        Something else? <Link href="/support#contact">Write to support</Link>: real people answer, day and night.
      </p>
    </div>
  );
}
