import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReturnSlip } from '@/components/returns/return-slip';
import { requireViewer } from '@/lib/auth/guards';
import { findOwnedReturn } from '@/lib/returns/access';
import { getReturnDetail, returnAddressLines } from '@/lib/returns/queries';
import { parseReturnNumber } from '@/lib/returns/format';

export const metadata: Metadata = { title: 'Return slip', robots: { index: false } };

export default async function AccountReturnSlipPage({ params }: { params: Promise<{ number: string }> }) {
  const raw = (await params).number;
  const viewer = await requireViewer(`/account/returns/${encodeURIComponent(raw)}/slip`);
  const number = parseReturnNumber(decodeURIComponent(raw));
  const owned = number ? await findOwnedReturn({ viewer, returnNumber: number }) : null;
  const ret = owned ? await getReturnDetail(owned.id) : null;
  if (!ret) notFound();
  return <ReturnSlip ret={ret} addressLines={returnAddressLines()} backHref={`/account/returns/${ret.number}`} />;
}
