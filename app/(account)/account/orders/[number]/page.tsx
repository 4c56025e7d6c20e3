import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrderDetails } from '@/components/orders/order-details';
import { ReturnEntry } from '@/components/returns/return-entry';
import { requireViewer } from '@/lib/auth/guards';
import { parseOrderNumber } from '@/lib/orders/format';
import { getOrderForCustomer } from '@/lib/orders/queries';
import { returnWindow } from '@/lib/returns/policy';
import { listReturnableLines, listReturnsForOrder } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Order', robots: { index: false } };

export default async function AccountOrderPage({ params }: { params: Promise<{ number: string }> }) {
  const raw = (await params).number;
  const viewer = await requireViewer(`/account/orders/${encodeURIComponent(raw)}`);
  const number = parseOrderNumber(decodeURIComponent(raw));
  // Someone else's order and a missing one look the same: 404.
  const order = number ? await getOrderForCustomer(number, viewer) : null;
  if (!order) notFound();
  const [lines, returns] = await Promise.all([listReturnableLines(order.id), listReturnsForOrder(order.id)]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <p>
        <Link href="/account/orders">Your orders</Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Order {order.number}</h1>
      <div className="mt-8">
        <OrderDetails order={order} />
      </div>
      <div className="mt-8">
        <ReturnEntry
          window={returnWindow(order, new Date())}
          returnableUnits={lines.reduce((n, line) => n + line.returnable, 0)}
          startHref={`/account/orders/${order.number}/return`}
          returns={returns}
          returnHref={(ret) => `/account/returns/${ret.number}`}
        />
      </div>
    </div>
  );
}
