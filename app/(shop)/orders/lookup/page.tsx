import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderLookupForm } from '@/components/orders/order-lookup-form';

export const metadata: Metadata = { title: 'Find your order', robots: { index: false } };

export default function OrderLookupPage() {
  return (
    <div className="mx-auto max-w-md px-4 py-16 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Find your order</h1>
      <p className="mt-3 text-lg text-ink-soft">
        Enter your order number and e-mail, and we&apos;ll send a link to your order&apos;s status and tracking to that address. Have an
        account? <Link href="/account/orders">Sign in to see all your orders</Link>.
      </p>
      <div className="mt-8 rounded-2xl border border-line bg-white p-6">
        <OrderLookupForm />
      </div>
    </div>
  );
}
