import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReturnDetails } from '@/components/returns/return-details';
import { requireViewer } from '@/lib/auth/guards';
import { findOwnedReturn } from '@/lib/returns/access';
import { getReturnDetail, returnAddressLines } from '@/lib/returns/queries';
import { parseReturnNumber } from '@/lib/returns/format';

export const metadata: Metadata = { title: 'Return', robots: { index: false } };

export default async function AccountReturnPage({ params }: { params: Promise<{ number: string }> }) {
  const raw = (await params).number;
  const viewer = await requireViewer(`/account/returns/${encodeURIComponent(raw)}`);
  const number = parseReturnNumber(decodeURIComponent(raw));
  // Someone else's return and a missing one look the same: 404.
  const owned = number ? await findOwnedReturn({ viewer, returnNumber: number }) : null;
  const ret = owned ? await getReturnDetail(owned.id) : null;
  if (!ret) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <p>
        <Link href="/account/returns">Your returns</Link> · <Link href={`/account/orders/${ret.orderNumber}`}>Order {ret.orderNumber}</Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Return {ret.number}</h1>
      <div className="mt-8">
        <ReturnDetails
          ret={ret}
          addressLines={returnAddressLines()}
          slipHref={`/account/returns/${ret.number}/slip`}
          cancelProof={{ name: 'returnNumber', value: ret.number }}
        />
      </div>
    </div>
  );
}
