import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StartReturn } from '@/components/returns/start-return';
import { requireViewer } from '@/lib/auth/guards';
import { parseOrderNumber } from '@/lib/orders/format';
import { findOwnedOrder } from '@/lib/returns/access';
import { returnWindow } from '@/lib/returns/policy';
import { listReturnableLines } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Start a return', robots: { index: false } };

export default async function AccountStartReturnPage({ params }: { params: Promise<{ number: string }> }) {
  const raw = (await params).number;
  const viewer = await requireViewer(`/account/orders/${encodeURIComponent(raw)}/return`);
  const number = parseOrderNumber(decodeURIComponent(raw));
  // Someone else's order and a missing one look the same: 404.
  const order = number ? await findOwnedOrder({ viewer, orderNumber: number }) : null;
  if (!order) notFound();
  return (
    <StartReturn
      orderNumber={order.number}
      window={returnWindow(order, new Date())}
      lines={await listReturnableLines(order.id)}
      proof={{ name: 'orderNumber', value: order.number }}
      orderHref={`/account/orders/${order.number}`}
    />
  );
}
