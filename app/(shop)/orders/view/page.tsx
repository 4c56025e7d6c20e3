import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderDetails } from '@/components/orders/order-details';
import { ReturnEntry } from '@/components/returns/return-entry';
import { readOrderLink } from '@/lib/orders/links';
import { getOrderForLink } from '@/lib/orders/queries';
import { guestReturnPath } from '@/lib/returns/access';
import { returnWindow } from '@/lib/returns/policy';
import { listReturnableLines, listReturnsForOrder } from '@/lib/returns/queries';

export const metadata: Metadata = { title: 'Your order', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** Opened from a signed, time-limited link in an e-mail: no account needed. */
export default async function OrderViewPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const link = readOrderLink(token);
  const order = link ? await getOrderForLink(link.orderId, link.email) : null;
  if (!order) {
    return (
      <div className="mx-auto max-w-xl px-4 py-16 text-center sm:px-6">
        <h1 className="font-serif text-4xl font-bold">This link has expired</h1>
        <p className="mt-4 text-lg text-ink-soft">
          Order links work for a limited time. <Link href="/orders/lookup">Get a fresh link</Link> by e-mail.
        </p>
      </div>
    );
  }
  const [lines, returns] = await Promise.all([listReturnableLines(order.id), listReturnsForOrder(order.id)]);
  // The order link proves the guest owns the order, so they may open its returns too.
  const returnHref = (ret: { id: string }) => guestReturnPath(ret.id, order.email);
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Order {order.number}</h1>
      <div className="mt-8">
        <OrderDetails order={order} />
      </div>
      <div className="mt-8">
        <ReturnEntry
          window={returnWindow(order, new Date())}
          returnableUnits={lines.reduce((n, line) => n + line.returnable, 0)}
          startHref={`/returns/new?token=${encodeURIComponent(token ?? '')}`}
          returns={returns}
          returnHref={returnHref}
        />
      </div>
    </div>
  );
}
