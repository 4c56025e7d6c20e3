import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderList } from '@/components/orders/order-list';
import { requireViewer } from '@/lib/auth/guards';
import { listOrdersForCustomer } from '@/lib/orders/queries';

export const metadata: Metadata = { title: 'Your orders', robots: { index: false } };

export default async function AccountOrdersPage() {
  const viewer = await requireViewer('/account/orders');
  const orders = await listOrdersForCustomer(viewer);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <p>
        <Link href="/account">Your account</Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Your orders</h1>
      <div className="mt-6 rounded-2xl border border-line bg-white px-6 py-2">
        {orders.length ? <OrderList orders={orders} /> : <p className="py-4 text-ink-soft">You have no orders yet.</p>}
      </div>
    </div>
  );
}
