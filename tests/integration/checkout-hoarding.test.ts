import { beforeEach, describe, expect, it } from 'vitest';
import { getProduct } from '@/lib/catalog/queries';
import { reconcileCheckout } from '@/lib/checkout/fulfil';
import { DEFAULT_CHECKOUT_LIMITS } from '@/lib/checkout/limits';
import { startCheckout } from '@/lib/checkout/service';
import { payTestSession, testProvider } from '@/lib/checkout/test-provider';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { cartWith, setStock, stockOf } from '../factories/cart';

/**
 * Hole 1 of issue 12: a script that starts checkouts from fresh, cookie-less
 * carts must not be able to make the store look sold out. Limits are the defaults.
 */
const APP_URL = 'http://localhost:3000';
const T0 = new Date('2027-03-01T10:00:00Z');
const provider = testProvider(APP_URL);
const deps = { provider, appUrl: APP_URL, sessionMinutes: 30, limits: DEFAULT_CHECKOUT_LIMITS, now: () => T0 };
const shipping = { name: 'Real Buyer', address: { line1: '1 High St', city: 'York', postalCode: 'YO1 1AA', country: 'GB' } };
const card = (email: string) => ({ email, shipping, shippingRate: 'standard' as const, cardNumber: '4242424242424242' });

beforeEach(async () => {
  await db.$executeRawUnsafe('TRUNCATE "Order", "TestCheckoutSession", "Cart", "RateLimitBucket" CASCADE');
  await seed(db);
  await setStock('QLC-1', 10);
});

async function start(ip: string, quantity: number, email: string | null = null) {
  const cartId = await cartWith([{ sku: 'QLC-1', quantity }]);
  return startCheckout({ cartId, email, userId: null, clientIp: ip }, deps);
}

async function hoard(ips: () => string, attempts: number): Promise<{ started: number; refused: number }> {
  const tally = { started: 0, refused: 0 };
  for (let i = 0; i < attempts; i++) {
    try {
      await start(ips(), 10);
      tally.started++;
    } catch {
      tally.refused++;
    }
  }
  return tally;
}

async function realBuyerPays(): Promise<string> {
  const product = await db.productVariant.findUniqueOrThrow({ where: { sku: 'QLC-1' }, select: { product: { select: { slug: true } } } });
  expect((await getProduct(product.product.slug))!.variants.find((v) => v.sku === 'QLC-1')!.availability.kind).not.toBe('out-of-stock');
  const { orderId, url } = await start('192.0.2.200', 1, 'buyer@example.test');
  const sessionId = url.split('/').pop()!;
  expect(await payTestSession(sessionId, card('buyer@example.test'), T0)).toEqual({ ok: true });
  expect((await reconcileCheckout(sessionId, { provider, appUrl: APP_URL, now: () => T0 })).outcome).toBe('fulfilled');
  return (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;
}

describe('checkout hoarding', { timeout: 120_000 }, () => {
  it('a hoarder on one IP is rate-limited and capped, and the real buyer still buys', async () => {
    const { refused } = await hoard(() => '203.0.113.66', 30);
    expect(refused).toBeGreaterThanOrEqual(30 - DEFAULT_CHECKOUT_LIMITS.startsPerIpHour);
    const held = await db.order.count({ where: { checkoutIp: '203.0.113.66', status: 'PENDING', stockReserved: true } });
    expect(held).toBeLessThanOrEqual(DEFAULT_CHECKOUT_LIMITS.clientMaxReservedSessions);
    expect(await stockOf('QLC-1')).toBeGreaterThan(0);
    expect(await realBuyerPays()).toBe('PAID');
  });

  it('a hoarder spread over many IPs cannot hold more than the unpaid share; the real buyer still buys', async () => {
    let n = 0;
    await hoard(() => `198.18.${Math.floor(n / 250)}.${(n++ % 250) + 1}`, 40);
    // Every hoarder checkout started, but the ones past the ceiling hold nothing.
    expect(await stockOf('QLC-1')).toBeGreaterThanOrEqual(5);
    expect(await realBuyerPays()).toBe('PAID');
    expect(await stockOf('QLC-1')).toBeGreaterThanOrEqual(4);
  });

  it('counts starts per cart: the same cart cannot start checkout again and again', async () => {
    const cartId = await cartWith([{ sku: 'QLC-1', quantity: 1 }]);
    const again = (i: number) => startCheckout({ cartId, email: null, userId: null, clientIp: `198.19.0.${i + 1}` }, deps);
    for (let i = 0; i < DEFAULT_CHECKOUT_LIMITS.startsPerCartHour; i++) await again(i);
    await expect(again(99)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('caps the reservations one e-mail holds across IPs', async () => {
    for (let i = 0; i < 4; i++) await start(`198.20.0.${i + 1}`, 1, 'greedy@example.test');
    const reserved = await db.order.count({ where: { email: 'greedy@example.test', status: 'PENDING', stockReserved: true } });
    expect(reserved).toBe(DEFAULT_CHECKOUT_LIMITS.clientMaxReservedSessions);
    expect(await db.order.count({ where: { email: 'greedy@example.test', status: 'PENDING' } })).toBe(4);
  });

  it('a paid checkout that finds the stock gone is refunded once, and the customer told', async () => {
    await setStock('QLC-1', 1); // half of one unit rounds down: nobody may reserve it
    const first = await start('198.21.0.1', 1, 'first@example.test');
    const second = await start('198.21.0.2', 1, 'second@example.test');
    const refunds: string[] = [];
    const counting = {
      ...provider,
      refund: async (input: Parameters<typeof provider.refund>[0]) => (refunds.push(input.idempotencyKey), provider.refund(input)),
    };
    const settle = (url: string) => reconcileCheckout(url.split('/').pop()!, { provider: counting, appUrl: APP_URL, now: () => T0 });
    await payTestSession(first.url.split('/').pop()!, card('first@example.test'), T0);
    await payTestSession(second.url.split('/').pop()!, card('second@example.test'), T0);
    expect((await settle(first.url)).outcome).toBe('fulfilled');
    expect((await settle(second.url)).outcome).toBe('refunded');
    expect((await settle(second.url)).outcome).toBe('refunded');
    expect(refunds).toEqual([`oversold-${second.orderId}`]);
    expect(await stockOf('QLC-1')).toBe(0);
    const order = await db.order.findUniqueOrThrow({ where: { id: second.orderId } });
    expect(order).toMatchObject({ status: 'CANCELLED', oversoldRefund: 'done' });
    expect(await db.outboxMessage.count({ where: { dedupeKey: `order-oversold:${second.orderId}` } })).toBe(1);
  });
});
