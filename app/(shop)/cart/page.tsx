import type { Metadata } from 'next';
import Link from 'next/link';
import { CartLine } from '@/components/cart/cart-line';
import { CheckoutButton } from '@/components/cart/checkout-button';
import { StorePromises } from '@/components/catalog/store-promises';
import { findCurrentCartId } from '@/lib/cart/current';
import { cartNoticeOf } from '@/lib/cart/labels';
import { getCart } from '@/lib/cart/queries';
import { shippingRates } from '@/lib/checkout/shipping';
import { formatMoney } from '@/lib/money';
import { storeTerms } from '@/lib/site';

export const metadata: Metadata = { title: 'Your cart', robots: { index: false } };

interface Props {
  searchParams: Promise<{ notice?: string | string[] }>;
}

/** What the last Update or Remove did; only known keys are shown, so a link cannot put words on this page. */
function Notice({ notice }: { notice: ReturnType<typeof cartNoticeOf> }) {
  if (!notice) return null;
  const tone = notice.tone === 'ok' ? 'bg-teal-light text-teal-dark' : 'bg-accent-light text-accent';
  return (
    <p role={notice.tone === 'ok' ? 'status' : 'alert'} className={`mt-4 rounded-lg px-4 py-3 font-medium ${tone}`}>
      {notice.text}
    </p>
  );
}

export default async function CartPage({ searchParams }: Props) {
  const notice = cartNoticeOf((await searchParams).notice);
  const cartId = await findCurrentCartId();
  const cart = cartId ? await getCart(cartId) : null;
  if (!cart || cart.lines.length === 0 || !cart.subtotal) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
        <Notice notice={notice} />
        <h1 className="font-serif text-4xl font-bold">Your cart is empty</h1>
        <p className="mt-4 text-lg text-ink-soft">QL Claw is waiting for you.</p>
        <Link
          href="/products/ql-claw"
          className="mt-8 inline-block rounded-full bg-teal px-7 py-3 font-semibold text-white no-underline hover:bg-teal-dark"
        >
          Shop QL Claw
        </Link>
      </div>
    );
  }
  const express = shippingRates(cart.subtotal.currency).find((r) => r.id === 'express')!;
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="cart-heading">
        <h1 id="cart-heading" className="font-serif text-4xl font-bold">
          Your cart
        </h1>
        <Notice notice={notice} />
        <ul className="mt-6 rounded-2xl border border-line bg-white px-5">
          {cart.lines.map((line) => (
            <CartLine key={line.variantId} line={line} />
          ))}
        </ul>
      </section>
      <aside aria-labelledby="summary-heading" className="h-fit rounded-2xl border border-line bg-white p-6">
        <h2 id="summary-heading" className="text-xl font-bold">
          Order summary
        </h2>
        <dl className="mt-4 flex flex-col gap-2">
          <div className="flex justify-between">
            <dt>
              Subtotal ({cart.itemCount} {cart.itemCount === 1 ? 'item' : 'items'})
            </dt>
            <dd className="font-bold" data-testid="subtotal">
              {formatMoney(cart.subtotal)}
            </dd>
          </div>
          <div className="flex justify-between text-ink-soft">
            <dt>Shipping</dt>
            <dd>Chosen at checkout</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-ink-soft">
          Standard tracked shipping is free to all {storeTerms.countryCount} countries we ship to; express is {formatMoney(express.price)}.
          Any promotion code goes in at checkout.
        </p>
        <div className="mt-6">
          <CheckoutButton disabled={!cart.canCheckout} />
        </div>
        <div className="mt-6 border-t border-line pt-5">
          <StorePromises variant="compact" />
        </div>
      </aside>
    </div>
  );
}
