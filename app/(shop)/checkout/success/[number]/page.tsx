import type { Metadata } from 'next';
import { TestModeBanner } from '@/components/checkout/test-mode-banner';
import { OrderDetails } from '@/components/orders/order-details';
import { paidOrderInThisBrowser } from '@/lib/checkout/paid-cookie';
import { env } from '@/lib/env';
import { formatOrderNumber, parseOrderNumber } from '@/lib/orders/format';
import { getOrderForCheckout } from '@/lib/orders/queries';
import { CheckEmail } from '../_components/check-email';

export const metadata: Metadata = { title: 'Thank you', robots: { index: false } };
export const dynamic = 'force-dynamic';

/**
 * The order's own page after paying. Its details (name, address, e-mail) show
 * only in the browser that came back from the payment page, for an hour
 * (lib/checkout/paid-cookie.ts); anyone else with the URL is sent to their e-mail.
 */
export default async function CheckoutOrderPage({ params }: { params: Promise<{ number: string }> }) {
  const number = parseOrderNumber((await params).number);
  const orderId = number === null ? null : await paidOrderInThisBrowser();
  const order = number !== null && orderId ? await getOrderForCheckout(orderId, number) : null;
  const testMode = env().PAYMENTS_PROVIDER === 'test';
  if (!order || order.status === 'CANCELLED') {
    return (
      <>
        {testMode && <TestModeBanner />}
        <CheckEmail number={number === null ? undefined : formatOrderNumber(number)} />
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
