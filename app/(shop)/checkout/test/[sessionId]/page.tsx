import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TestModeBanner } from '@/components/checkout/test-mode-banner';
import { TestPaymentForm } from '@/components/checkout/test-payment-form';
import { getTestCheckout } from '@/lib/checkout/queries';
import { SHIPPING_COUNTRIES, countryName, shippingRates } from '@/lib/checkout/shipping';
import { env } from '@/lib/env';
import { formatMoney } from '@/lib/money';

export const metadata: Metadata = { title: 'Checkout (test mode)', robots: { index: false } };

/** The `test` payment provider's stand-in for Stripe's hosted checkout page. */
export default async function TestCheckoutPage({ params }: { params: Promise<{ sessionId: string }> }) {
  if (env().PAYMENTS_PROVIDER !== 'test') notFound();
  const checkout = await getTestCheckout((await params).sessionId);
  if (!checkout) notFound();
  const rates = shippingRates(checkout.subtotal.currency).map((r) => ({
    id: r.id,
    label: `${r.label} (${r.deliveryDays[0]}–${r.deliveryDays[1]} business days)`,
    price: r.price.amount ? formatMoney(r.price) : 'Free',
  }));
  const countries = SHIPPING_COUNTRIES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <TestModeBanner />
      <div className="mx-auto grid max-w-5xl gap-10 px-4 py-10 sm:px-6 md:grid-cols-[1fr_20rem]">
        <section aria-labelledby="pay-heading">
          <h1 id="pay-heading" className="font-serif text-3xl font-bold">
            Checkout
          </h1>
          {checkout.state === 'open' ? (
            <div className="mt-6">
              <TestPaymentForm sessionId={checkout.id} email={checkout.email} countries={countries} rates={rates} />
            </div>
          ) : (
            <p className="mt-6 rounded-xl bg-accent-light p-4" role="alert">
              {checkout.state === 'complete'
                ? 'This checkout has already been paid.'
                : 'This checkout has expired and its items were released.'}{' '}
              <Link href="/cart">Return to your cart</Link>
            </p>
          )}
        </section>
        <aside aria-labelledby="order-heading" className="h-fit rounded-2xl border border-line bg-white p-5">
          <h2 id="order-heading" className="text-lg font-bold">
            Your order
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {checkout.lines.map((line) => (
              <li key={line.name} className="flex justify-between gap-4">
                <span>
                  {line.quantity} × {line.name}
                </span>
                <span>{formatMoney(line.lineTotal)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 flex justify-between border-t border-line pt-3 font-bold">
            <span>Subtotal</span>
            <span>{formatMoney(checkout.subtotal)}</span>
          </p>
          <p className="mt-4 text-sm">
            <Link href="/cart">Back to cart</Link>
          </p>
        </aside>
      </div>
    </>
  );
}
