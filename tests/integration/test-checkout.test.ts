import { beforeAll, describe, expect, it } from 'vitest';
import { reconcileCheckout } from '@/lib/checkout/fulfil';
import { startCheckout } from '@/lib/checkout/service';
import { sweepExpiredCheckouts } from '@/lib/checkout/sweep';
import { payTestSession, testProvider } from '@/lib/checkout/test-provider';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { cartWith, setStock, stockOf } from '../factories/cart';

const APP_URL = 'http://localhost:3000';
const provider = () => testProvider(APP_URL);
const shipping = { name: 'Sam Tester', address: { line1: '2 Main St', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' } };

beforeAll(async () => {
  await seed(db);
  await setStock('QLC-1', 100);
});

async function openCheckout(quantity = 1) {
  const cartId = await cartWith([{ sku: 'QLC-1', quantity }]);
  const { orderId, url } = await startCheckout(
    { cartId, email: null, userId: null },
    { provider: provider(), appUrl: APP_URL, sessionMinutes: 30 },
  );
  const sessionId = url.split('/').pop()!;
  return { orderId, url, sessionId, cartId };
}

describe('the built-in test payment provider', () => {
  it('pays with 4242… and completes the order through the same reconcile code as Stripe', async () => {
    const { orderId, url, sessionId, cartId } = await openCheckout(2);
    expect(url).toBe(`${APP_URL}/checkout/test/${sessionId}`);
    const payment = { email: 'Sam@Example.test', shipping, shippingRate: 'express' as const, cardNumber: '4242 4242 4242 4242' };
    expect(await payTestSession(sessionId, payment)).toEqual({ ok: true });
    expect((await reconcileCheckout(sessionId, { provider: provider(), appUrl: APP_URL })).outcome).toBe('fulfilled');
    expect((await reconcileCheckout(sessionId, { provider: provider(), appUrl: APP_URL })).outcome).toBe('already-fulfilled');

    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({
      status: 'PAID',
      email: 'sam@example.test',
      subtotalCents: 9800,
      shippingCents: 1500,
      totalCents: 11300,
      shippingMethod: 'Express, tracked',
    });
    expect(await db.cartItem.count({ where: { cartId } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `order-confirmation:${orderId}` } })).toBe(1);
  });

  it('declines 4000 0000 0000 0002 with a message and leaves the order unpaid, its stock released once it expires', async () => {
    await setStock('QLC-1', 100);
    const { orderId, sessionId } = await openCheckout(1);
    expect(await stockOf('QLC-1')).toBe(99);
    const outcome = await payTestSession(sessionId, {
      email: 'x@example.test',
      shipping,
      shippingRate: 'standard',
      cardNumber: '4000000000000002',
    });
    expect(outcome).toEqual({ ok: false, message: 'Your card was declined. Try another card.' });
    expect((await reconcileCheckout(sessionId, { provider: provider(), appUrl: APP_URL })).outcome).toBe('pending');
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('PENDING');

    await sweepExpiredCheckouts({ provider: provider(), appUrl: APP_URL, now: new Date(Date.now() + 45 * 60_000) });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('CANCELLED');
    expect(await stockOf('QLC-1')).toBe(100);
    const late = await payTestSession(sessionId, {
      email: 'x@example.test',
      shipping,
      shippingRate: 'standard',
      cardNumber: '4242424242424242',
    });
    expect(late).toEqual({ ok: false, message: 'This checkout has expired. Return to your cart to start again.' });
  });
});
