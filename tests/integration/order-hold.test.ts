import { beforeAll, describe, expect, it, vi } from 'vitest';
import { reconcileCheckout } from '@/lib/checkout/fulfil';
import { startCheckout } from '@/lib/checkout/service';
import { payTestSession, testProvider } from '@/lib/checkout/test-provider';
import { db } from '@/lib/db';
import { markShippedAction } from '@/lib/orders/admin-actions';
import { releaseOrderHoldAction } from '@/lib/orders/hold-admin-actions';
import { getOrderHold } from '@/lib/orders/holds';
import { seed } from '@/prisma/seed';
import { cartWith, setStock } from '../factories/cart';
import { formData } from '../support/form-data';
import { actAs, people } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

/** Issue 12: a payment whose amount or currency differs from the order leaves it on hold, not shippable. */
const APP_URL = 'http://localhost:3000';
const provider = testProvider(APP_URL);
const shipping = { name: 'Sam Tester', address: { line1: '2 Main St', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' } };

beforeAll(async () => {
  await seed(db);
  await setStock('QLC-1', 100);
});

async function paidWithTamperedSession(change: { subtotalCents?: number; currency?: string }) {
  const cartId = await cartWith([{ sku: 'QLC-1', quantity: 1 }]);
  const { orderId, url } = await startCheckout({ cartId, email: null, userId: null }, { provider, appUrl: APP_URL, sessionMinutes: 30 });
  const sessionId = url.split('/').pop()!;
  await payTestSession(sessionId, { email: 'sam@example.test', shipping, shippingRate: 'standard', cardNumber: '4242424242424242' });
  await db.testCheckoutSession.update({ where: { id: sessionId }, data: change });
  expect((await reconcileCheckout(sessionId, { provider, appUrl: APP_URL })).outcome).toBe('fulfilled');
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
  return { ...order, label: `QLC-${order.number}` };
}

const ship = (label: string) => markShippedAction({ ok: true }, formData({ number: label, carrier: 'DHL', trackingNumber: 'JD0146' }));

describe('orders on hold', () => {
  it('holds an order paid with another amount, and refuses to ship it until an admin releases the hold', async () => {
    const order = await paidWithTamperedSession({ subtotalCents: 100 });
    expect(order.status).toBe('PAID');
    expect((await getOrderHold(order.number))!.reason).toMatch(/subtotal \(100\) differs/);

    actAs(people.support);
    expect(await ship(order.label)).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('on hold') });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: 'PAID', shippedAt: null });
    expect(await releaseOrderHoldAction({ ok: true }, formData({ number: order.label }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    actAs(people.admin);
    expect(await releaseOrderHoldAction({ ok: true }, formData({ number: order.label }))).toMatchObject({ ok: true });
    expect(await getOrderHold(order.number)).toBeNull();
    expect(await releaseOrderHoldAction({ ok: true }, formData({ number: order.label }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    actAs(people.support);
    expect(await ship(order.label)).toMatchObject({ ok: true });
    const events = await db.orderEvent.findMany({ where: { orderId: order.id }, select: { type: true, actor: true } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['held', 'hold_released', 'shipped']));
  });

  it('holds an order paid in another currency', async () => {
    const order = await paidWithTamperedSession({ currency: 'EUR' });
    expect((await getOrderHold(order.number))!.reason).toMatch(/made in EUR, but the order was priced in USD/);
    actAs(people.admin);
    expect(await ship(order.label)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('does not hold a payment that matches', async () => {
    const cartId = await cartWith([{ sku: 'QLC-1', quantity: 1 }]);
    const { orderId, url } = await startCheckout({ cartId, email: null, userId: null }, { provider, appUrl: APP_URL, sessionMinutes: 30 });
    const sessionId = url.split('/').pop()!;
    await payTestSession(sessionId, { email: 'sam@example.test', shipping, shippingRate: 'standard', cardNumber: '4242424242424242' });
    await reconcileCheckout(sessionId, { provider, appUrl: APP_URL });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).holdReason).toBeNull();
  });
});
