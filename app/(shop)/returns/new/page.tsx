import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StartReturn } from '@/components/returns/start-return';
import { findOwnedOrder } from '@/lib/returns/access';
import { returnWindow } from '@/lib/returns/policy';
import { listReturnableLines } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Start a return', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** For guests: the signed order link from an e-mail proves the order is theirs. */
export default async function GuestStartReturnPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const orderToken = typeof token === 'string' ? token : undefined;
  const order = await findOwnedOrder({ orderToken });
  if (!order || !orderToken) notFound();
  return (
    <StartReturn
      orderNumber={order.number}
      window={returnWindow(order, new Date())}
      lines={await listReturnableLines(order.id)}
      proof={{ name: 'token', value: orderToken }}
      orderHref={`/orders/view?token=${encodeURIComponent(orderToken)}`}
    />
  );
}
