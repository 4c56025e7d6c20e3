import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReturnSlip } from '@/components/returns/return-slip';
import { findOwnedReturn } from '@/lib/returns/access';
import { getReturnDetail, returnAddressLines } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Return slip', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function ReturnSlipPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const returnToken = typeof token === 'string' ? token : undefined;
  const owned = await findOwnedReturn({ returnToken });
  const ret = owned && returnToken ? await getReturnDetail(owned.id) : null;
  if (!ret || !returnToken) notFound();
  return <ReturnSlip ret={ret} addressLines={returnAddressLines()} backHref={`/returns/view?token=${encodeURIComponent(returnToken)}`} />;
}
