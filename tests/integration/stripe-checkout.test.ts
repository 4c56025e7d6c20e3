import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKOUT_LIMITS } from '@/lib/checkout/limits';
import { startCheckout } from '@/lib/checkout/service';
import { createStripeClient, STRIPE_API_VERSION, stripeProvider } from '@/lib/checkout/stripe-provider';
import { sweepExpiredCheckouts } from '@/lib/checkout/sweep';
import { handleStripeWebhook } from '@/lib/payments/webhook-dispatch';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { cartWith, setStock, stockOf } from '../factories/cart';
import { startFakeStripe, type FakeStripe } from '../support/fake-stripe';

const APP_URL = 'http://localhost:3000';
const WEBHOOK_SECRET = 'whsec_integration_test_secret';
let fake: FakeStripe;
let stripe: Stripe;

beforeAll(async () => {
  await seed(db);
  fake = await startFakeStripe();
  stripe = createStripeClient({ secretKey: 'sk_test_integration', apiBase: fake.url, maxNetworkRetries: 2 });
});
afterAll(() => fake.close());
beforeEach(async () => {
  await setStock('QLC-1', 250);
  await setStock('QLC-2', 120);
});

const provider = () => stripeProvider(stripe);
// The Stripe mechanics, without the hoarding limits (tests/integration/checkout-hoarding.test.ts covers those).
const noHoardingLimits = {
  ...DEFAULT_CHECKOUT_LIMITS,
  unpaidSharePercent: 100,
  clientMaxReservedSessions: 1e6,
  clientMaxReservedUnits: 1e6,
  startsPerCartHour: 1e6,
};
const checkout = (cartId: string, email: string | null = 'buyer@example.test') =>
  startCheckout({ cartId, email, userId: null }, { provider: provider(), appUrl: APP_URL, sessionMinutes: 30, limits: noHoardingLimits });

function event(type: string, session: object) {
  const payload = JSON.stringify({
    id: `evt_${randomBytes(8).toString('hex')}`,
    object: 'event',
    type,
    api_version: STRIPE_API_VERSION,
    created: 1,
    data: { object: session },
  });
  return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) };
}

const deliver = (e: { payload: string; signature: string }) =>
  handleStripeWebhook(e.payload, e.signature, { stripe, webhookSecret: WEBHOOK_SECRET, provider: provider(), appUrl: APP_URL });

const orderOf = (orderId: string) => db.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true } });
const confirmations = (orderId: string) => db.outboxMessage.count({ where: { dedupeKey: `order-confirmation:${orderId}` } });

describe('checkout with the real Stripe SDK against a local Stripe API', () => {
  it('builds the Checkout Session on the server from database prices, with shipping, promotions and an idempotency key', async () => {
    const { orderId, url } = await checkout(await cartWith([{ sku: 'QLC-1', quantity: 2 }]));
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    const request = fake.requests.findLast((r) => r.path === '/v1/checkout/sessions' && r.method === 'POST')!;
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

  it('refuses a webhook with a bad signature with 400 and changes nothing', async () => {
    const { orderId } = await checkout(await cartWith([{ sku: 'QLC-1', quantity: 1 }]));
    const session = fake.completeSession((await orderOf(orderId)).checkoutSessionId!);
    const genuine = event('checkout.session.completed', session);
    const forged = { payload: genuine.payload, signature: genuine.signature.replace(/v1=\w+/, `v1=${'0'.repeat(64)}`) };
    const tampered = { payload: genuine.payload.replace('"paid"', '"unpaid"'), signature: genuine.signature };

    for (const attempt of [forged, tampered, { payload: genuine.payload, signature: '' }]) {
      const result = await deliver(attempt);
      expect(result.status).toBe(400);
      expect(result.body.error).toMatch(/signature/i);
    }
    expect((await orderOf(orderId)).status).toBe('PENDING');
    expect(await db.webhookEvent.count()).toBe(0);
    expect(await confirmations(orderId)).toBe(0);
  });

  it('fulfils once when the same completed event arrives 20 times at once: one paid order, one e-mail, stock taken once', async () => {
    const { orderId } = await checkout(
      await cartWith([
        { sku: 'QLC-1', quantity: 2 },
        { sku: 'QLC-2', quantity: 1 },
      ]),
    );
    const session = fake.completeSession((await orderOf(orderId)).checkoutSessionId!, { shippingOption: 1, discount: 500, tax: 312 });
    const completed = event('checkout.session.completed', session);

    const results = await Promise.all(Array.from({ length: 20 }, () => deliver(completed)));
    expect(results.every((r) => r.status === 200)).toBe(true);

    const order = await orderOf(orderId);
    expect(order.status).toBe('PAID');
    expect(await confirmations(orderId)).toBe(1);
    expect(await stockOf('QLC-1')).toBe(248);
    expect(await stockOf('QLC-2')).toBe(119);
    // Totals are Stripe's, to the cent, and reconcile.
    expect(order).toMatchObject({
      subtotalCents: 18700,
      shippingCents: 1500,
      discountCents: 500,
      taxCents: 312,
      totalCents: 18700 + 1500 - 500 + 312,
    });
    expect(order.subtotalCents).toBe(order.items.reduce((sum, i) => sum + i.unitPriceCents * i.quantity, 0));
    expect(order.paymentIntentId).toBe(session.payment_intent);
    expect(order.shippingName).toBe('Robin Shopper');
    expect(order.shippingMethod).toBe('Express, tracked');
  });

  it('handles checkout.session.completed after checkout.session.expired: stock released, then taken again and the order paid', async () => {
    const { orderId } = await checkout(await cartWith([{ sku: 'QLC-2', quantity: 2 }]));
    const sessionId = (await orderOf(orderId)).checkoutSessionId!;
    expect(await stockOf('QLC-2')).toBe(118);

    expect((await deliver(event('checkout.session.expired', fake.expireSession(sessionId)))).body.outcome).toBe('released');
    expect((await orderOf(orderId)).status).toBe('CANCELLED');
    expect(await stockOf('QLC-2')).toBe(120);

    const paid = fake.completeSession(sessionId);
    expect((await deliver(event('checkout.session.completed', paid))).body.outcome).toBe('fulfilled');
    expect((await orderOf(orderId)).status).toBe('PAID');
    expect(await stockOf('QLC-2')).toBe(118);
    expect(await confirmations(orderId)).toBe(1);
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

  it('ignores a session that carries no order of ours', async () => {
    const stranger = { id: 'cs_test_not_ours', object: 'checkout.session', metadata: {}, client_reference_id: null };
    fake.sessions.set(stranger.id, {
      ...fake.completeSession(
        (await orderOf((await checkout(await cartWith([{ sku: 'QLC-1', quantity: 1 }]))).orderId)).checkoutSessionId!,
      ),
      id: stranger.id,
      metadata: {},
      client_reference_id: null,
    });
    const paidBefore = await db.order.count({ where: { status: 'PAID' } });
    const result = await deliver(event('checkout.session.completed', stranger));
    expect(result).toEqual({ status: 200, body: { received: true, outcome: 'ignored' } });
    expect(await db.order.count({ where: { status: 'PAID' } })).toBe(paidBefore);
  });

  it('retries transient Stripe errors, and leaves an event unprocessed (for Stripe to resend) when Stripe stays down', async () => {
    fake.failNext(1);
    const { orderId } = await checkout(await cartWith([{ sku: 'QLC-1', quantity: 1 }]));
    const session = fake.completeSession((await orderOf(orderId)).checkoutSessionId!);
    const completed = event('checkout.session.completed', session);

    fake.failNext(10);
    await expect(deliver(completed)).rejects.toThrow();
    expect((await orderOf(orderId)).status).toBe('PENDING');
    fake.failNext(0);
    expect((await deliver(completed)).body.outcome).toBe('fulfilled');
    expect((await deliver(completed)).body.duplicate).toBe(true);
  });

  it('releases the reservation when the payment page cannot be opened', async () => {
    fake.failNext(10);
    const cartId = await cartWith([{ sku: 'QLC-1', quantity: 3 }]);
    await expect(checkout(cartId)).rejects.toMatchObject({ message: expect.stringMatching(/could not open the payment page/) });
    fake.failNext(0);
    expect(await stockOf('QLC-1')).toBe(250);
    expect(await db.order.findFirstOrThrow({ where: { cartId } })).toMatchObject({ status: 'CANCELLED', stockReserved: false });
  });

  it('sweeps checkouts that never reported back: a paid one is fulfilled, an abandoned one expired and released', async () => {
    // Earlier tests' open checkouts are not part of this one.
    await db.order.updateMany({ where: { status: 'PENDING' }, data: { status: 'CANCELLED', stockReserved: false } });
    await setStock('QLC-2', 120);
    const paid = await checkout(await cartWith([{ sku: 'QLC-1', quantity: 1 }]));
    const abandoned = await checkout(await cartWith([{ sku: 'QLC-2', quantity: 1 }]));
    fake.completeSession((await orderOf(paid.orderId)).checkoutSessionId!);
    const later = new Date(Date.now() + 40 * 60_000);

    const tally = await sweepExpiredCheckouts({ provider: provider(), appUrl: APP_URL, now: later });
    expect(tally).toEqual({ fulfilled: 1, released: 1 });
    expect((await orderOf(paid.orderId)).status).toBe('PAID');
    expect((await orderOf(abandoned.orderId)).status).toBe('CANCELLED');
    expect(fake.sessions.get((await orderOf(abandoned.orderId)).checkoutSessionId!)!.status).toBe('expired');
    expect(await stockOf('QLC-2')).toBe(120);
  });
});
