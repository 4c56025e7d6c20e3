import type { Metadata } from 'next';
import Link from 'next/link';
import { TestModeBanner } from '@/components/checkout/test-mode-banner';
import { OrderDetails } from '@/components/orders/order-details';
import { env } from '@/lib/env';
import { getOrderByCheckoutSession } from '@/lib/orders/queries';

export const metadata: Metadata = { title: 'Thank you', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** Reached from the provider with the session id, an unguessable token only the payer holds. */
export default async function CheckoutSuccessPage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  const sessionId = (await searchParams).session_id;
  const order = sessionId ? await getOrderByCheckoutSession(sessionId) : null;
  const testMode = env().PAYMENTS_PROVIDER === 'test';
  if (!order || order.status === 'CANCELLED') {
    return (
      <>
        {testMode && <TestModeBanner />}
        <div className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6">
          <h1 className="font-serif text-4xl font-bold">We couldn&apos;t find that checkout</h1>
          <p className="mt-4 text-lg text-ink-soft">
            If you paid, your confirmation e-mail has your order number. You can also <Link href="/orders/lookup">look up an order</Link>.
          </p>
        </div>
      </>
    );
  }
  const paid = order.status !== 'PENDING';
  return (
    <>
      {testMode && <TestModeBanner />}
      <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
        <p className="font-semibold text-accent">Order {order.number}</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">
          {paid ? 'Thank you! Your order is confirmed.' : 'We are confirming your payment'}
        </h1>
        <p className="mt-3 text-lg text-ink-soft">
          {paid
            ? `A confirmation is on its way to ${order.email}. We will e-mail you a tracking link when it ships.`
            : 'This usually takes a few seconds. Refresh this page, or watch for the confirmation e-mail.'}
        </p>
        <div className="mt-8">
          <OrderDetails order={order} />
        </div>
      </div>
    </>
  );
}
