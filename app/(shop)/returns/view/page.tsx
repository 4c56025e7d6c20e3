import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RenewLinkForm } from '@/components/links/renew-link-form';
import { ReturnDetails } from '@/components/returns/return-details';
import { findOwnedReturn } from '@/lib/returns/access';
import { renewReturnLinkAction } from '@/lib/returns/link-actions';
import { getReturnDetail, returnAddressLines } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Your return', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** Opened from the signed, revocable link in every return e-mail: no account needed. */
export default async function ReturnViewPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const returnToken = typeof token === 'string' ? token : undefined;
  const owned = await findOwnedReturn({ returnToken });
  const ret = owned && returnToken ? await getReturnDetail(owned.id) : null;
  // A wrong, expired or replaced link is a 404 whose page (not-found.tsx) says how to get a fresh one.
  if (!ret || !returnToken) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Return {ret.number}</h1>
      <div className="mt-8">
        <ReturnDetails
          ret={ret}
          addressLines={returnAddressLines()}
          slipHref={`/returns/slip?token=${encodeURIComponent(returnToken)}`}
          cancelProof={{ name: 'token', value: returnToken }}
        />
      </div>
      <section className="mt-12 border-t border-line pt-6" aria-labelledby="link-heading">
        <h2 id="link-heading" className="font-serif text-xl font-bold">
          Shared this link by mistake?
        </h2>
        <div className="mt-3">
          <RenewLinkForm
            action={renewReturnLinkAction}
            proof={{ name: 'token', value: returnToken }}
            intro="Anyone with this link can see and cancel your return. We can e-mail a new one to the address on the return; this link, and every older one, then stops working."
            label="Send me a new link, revoke this one"
          />
        </div>
      </section>
    </div>
  );
}
