import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STRIPE_API_VERSION } from '@/lib/checkout/stripe-provider';
import { sweepExpiredCheckouts } from '@/lib/checkout/sweep';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { cartWith, setStock, stockOf } from '../factories/cart';
import { APP_URL, orderOf, startStripeKit } from '../support/stripe-kit';

// Paying and the webhook: tests/integration/stripe-webhook.test.ts.
let kit: Awaited<ReturnType<typeof startStripeKit>>;

beforeAll(async () => {
  await seed(db);
  kit = await startStripeKit();
});
afterAll(() => kit.close());
beforeEach(async () => {
  await setStock('QLC-1', 250);
  await setStock('QLC-2', 120);
});

const checkout = (cartId: string) => kit.checkout(cartId);
const provider = () => kit.provider();

describe('checkout with the real Stripe SDK against a local Stripe API', () => {
  it('builds the Checkout Session on the server from database prices, with shipping, promotions and an idempotency key', async () => {
    const { orderId, url } = await checkout(await cartWith([{ sku: 'QLC-1', quantity: 2 }]));
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    const request = kit.fake.requests.findLast((r) => r.path === '/v1/checkout/sessions' && r.method === 'POST')!;
    expect(request.headers['idempotency-key']).toBe(`checkout-${orderId}`);
    expect(request.headers['stripe-version']).toBe(STRIPE_API_VERSION);
    const form = request.form;
    expect(form.get('mode')).toBe('payment');
    expect(form.get('line_items[0][price_data][unit_amount]')).toBe('4900');
    expect(form.get('line_items[0][quantity]')).toBe('2');
    expect(form.get('line_items[0][price_data][currency]')).toBe('usd');
    expect(form.get('metadata[orderId]')).toBe(orderId);
    expect(form.get('allow_promotion_codes')).toBe('true');
    expect(form.get('customer_email')).toBe('buyer@example.test');
    expect(form.getAll('shipping_address_collection[allowed_countries][0]')).toEqual(['US']);
    expect(form.get('shipping_options[0][shipping_rate_data][fixed_amount][amount]')).toBe('0');
    expect(form.get('shipping_options[1][shipping_rate_data][fixed_amount][amount]')).toBe('1500');
    expect(form.get('success_url')).toBe(`${APP_URL}/api/checkout/return?session_id={CHECKOUT_SESSION_ID}`);

    const order = await orderOf(orderId);
    expect(order).toMatchObject({ status: 'PENDING', subtotalCents: 9800, paymentProvider: 'stripe', stockReserved: true });
    expect(order.number).toBeGreaterThanOrEqual(10001);
    expect(await stockOf('QLC-1')).toBe(248);
  });

  it('reuses the open session when the same cart checks out again, instead of reserving twice', async () => {
    const cartId = await cartWith([{ sku: 'QLC-2', quantity: 1 }]);
    const first = await checkout(cartId);
    const second = await checkout(cartId);
    expect(second).toEqual(first);
    expect(await stockOf('QLC-2')).toBe(119);
  });

  it('never reserves more than the last 10 units across 30 concurrent checkouts', async () => {
    const carts = [];
    for (let i = 0; i < 30; i++) carts.push(await cartWith([{ sku: 'QLC-2', quantity: 1 }]));
    await setStock('QLC-2', 10);
    const outcomes = await Promise.allSettled(carts.map((cartId) => checkout(cartId)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(10);
    expect(outcomes.filter((o) => o.status === 'rejected').every((o) => (o as PromiseRejectedResult).reason.code === 'CONFLICT')).toBe(
      true,
    );
    expect(await stockOf('QLC-2')).toBe(0);
    expect(await db.order.count({ where: { cartId: { in: carts }, status: 'PENDING' } })).toBe(10);
  });

  it('releases the reservation when the payment page cannot be opened', async () => {
    kit.fake.failNext(10);
    const cartId = await cartWith([{ sku: 'QLC-1', quantity: 3 }]);
    await expect(checkout(cartId)).rejects.toMatchObject({ message: expect.stringMatching(/could not open the payment page/) });
    kit.fake.failNext(0);
    expect(await stockOf('QLC-1')).toBe(250);
    expect(await db.order.findFirstOrThrow({ where: { cartId } })).toMatchObject({ status: 'CANCELLED', stockReserved: false });
  });

  it('sweeps checkouts that never reported back: a paid one is fulfilled, an abandoned one expired and released', async () => {
    // Earlier tests' open checkouts are not part of this one.
    await db.order.updateMany({ where: { status: 'PENDING' }, data: { status: 'CANCELLED', stockReserved: false } });
    await setStock('QLC-2', 120);
    const paid = await checkout(await cartWith([{ sku: 'QLC-1', quantity: 1 }]));
    const abandoned = await checkout(await cartWith([{ sku: 'QLC-2', quantity: 1 }]));
    kit.fake.completeSession((await orderOf(paid.orderId)).checkoutSessionId!);
    const later = new Date(Date.now() + 40 * 60_000);

    const tally = await sweepExpiredCheckouts({ provider: provider(), appUrl: APP_URL, now: later });
    expect(tally).toEqual({ fulfilled: 1, released: 1 });
    expect((await orderOf(paid.orderId)).status).toBe('PAID');
    expect((await orderOf(abandoned.orderId)).status).toBe('CANCELLED');
    expect(kit.fake.sessions.get((await orderOf(abandoned.orderId)).checkoutSessionId!)!.status).toBe('expired');
    expect(await stockOf('QLC-2')).toBe(120);
  });
});
