import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReturnDetails } from '@/components/returns/return-details';
import { findOwnedReturn } from '@/lib/returns/access';
import { getReturnDetail, returnAddressLines } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Your return', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** Opened from the signed link in every return e-mail: no account needed. */
export default async function ReturnViewPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const returnToken = typeof token === 'string' ? token : undefined;
  const owned = await findOwnedReturn({ returnToken });
  const ret = owned && returnToken ? await getReturnDetail(owned.id) : null;
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
    </div>
  );
}
