import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { markDeliveredAction, markShippedAction } from '@/lib/orders/admin-actions';
import { listOrdersForStaff, STAFF_PAGE_SIZE } from '@/lib/orders/admin-queries';
import { getOrderForStaff } from '@/lib/orders/queries';
import { orderListFilterSchema } from '@/lib/orders/schemas';
import { markDelivered, markShipped } from '@/lib/orders/service';
import { seed } from '@/prisma/seed';
import { createOrder } from '../factories/orders';
import { formData } from '../support/form-data';
import * as cache from '../support/next-cache';
import { actAs, people } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

const APP_URL = 'http://localhost:3000';
const AGENT = 'agent@example.test';
const DAY = 86_400_000;

const list = async (query: Record<string, string>) =>
  (await listOrdersForStaff(orderListFilterSchema.parse(query))).orders.map((o) => o.number);
const stateOf = (id: string) =>
  db.order.findUniqueOrThrow({
    where: { id },
    select: { status: true, carrier: true, trackingNumber: true, trackingUrl: true, shippedAt: true, deliveredAt: true },
  });

beforeAll(() => seed(db));

describe('listOrdersForStaff', () => {
  const tag = randomBytes(3).toString('hex');
  const january = { from: '2021-01-01', to: '2021-01-31' };
  let a: Awaited<ReturnType<typeof createOrder>>, b: typeof a, c: typeof a, d: typeof a;

  beforeAll(async () => {
    a = await createOrder(db, { status: 'PAID', email: `alice-${tag}@example.test`, createdAt: new Date('2021-01-05T09:00:00Z') });
    b = await createOrder(db, { status: 'SHIPPED', email: `bob-${tag}@example.test`, createdAt: new Date('2021-01-10T23:30:00Z') });
    d = await createOrder(db, { status: 'DELIVERED', email: `carol-${tag}@example.test`, createdAt: new Date('2021-01-11T00:00:00Z') });
    c = await createOrder(db, {
      status: 'PENDING',
      email: `alina-${tag}@example.test`,
      createdAt: new Date('2021-01-20T12:00:00Z'),
      items: [{ sku: 'QLC-2', quantity: 2 }],
    });
  });

  it('lists newest first, with the summary staff see', async () => {
    const { orders, total, pages } = await listOrdersForStaff(orderListFilterSchema.parse(january));
    expect(orders.map((o) => o.number)).toEqual([c.label, d.label, b.label, a.label]);
    expect({ total, pages }).toEqual({ total: 4, pages: 1 });
    expect(orders[0]).toMatchObject({ status: 'PENDING', email: c.email, total: { amount: 17800, currency: 'USD' } });
  });

  it('filters by status', async () => {
    expect(await list({ ...january, status: 'SHIPPED' })).toEqual([b.label]);
    expect(await list({ ...january, status: 'PAID' })).toEqual([a.label]);
    expect(await list({ ...january, status: 'CANCELLED' })).toEqual([]);
  });

  it('filters by a date range that includes the whole of both end days', async () => {
    expect(await list({ from: '2021-01-05', to: '2021-01-10' })).toEqual([b.label, a.label]);
    expect(await list({ from: '2021-01-11', to: '2021-01-11' })).toEqual([d.label]);
    expect(await list({ from: '2021-01-06', to: '2021-01-09' })).toEqual([]);
  });

  it('finds an order by its number, with or without the QLC- prefix', async () => {
    for (const q of [a.label, String(a.number), `qlc${a.number}`, ` ${a.label.toLowerCase()} `])
      expect(await list({ q }), q).toEqual([a.label]);
  });

  it('finds orders by the start of the e-mail address, ignoring case', async () => {
    expect(await list({ q: `ALICE-${tag}` })).toEqual([a.label]);
    expect(await list({ ...january, q: 'ali' })).toEqual([c.label, a.label]);
    expect(await list({ ...january, q: 'ali', status: 'PENDING' })).toEqual([c.label]);
    expect(await list({ q: `lice-${tag}` })).toEqual([]);
  });

  it(`pages ${STAFF_PAGE_SIZE} at a time, newest first, without gaps or repeats`, async () => {
    const made = [];
    for (let i = 0; i < 30; i++) made.push(await createOrder(db, { createdAt: new Date(Date.UTC(2019, 2, 1, i)) }));
    const march = { from: '2019-03-01', to: '2019-03-31' };
    const first = await listOrdersForStaff(orderListFilterSchema.parse({ ...march, page: '1' }));
    const second = await listOrdersForStaff(orderListFilterSchema.parse({ ...march, page: '2' }));
    expect({ total: first.total, pages: first.pages, page: second.page }).toEqual({ total: 30, pages: 2, page: 2 });
    expect(first.orders).toHaveLength(25);
    expect(second.orders).toHaveLength(5);
    expect([...first.orders, ...second.orders].map((o) => o.number)).toEqual(made.map((o) => o.label).reverse());
    expect((await listOrdersForStaff(orderListFilterSchema.parse({ ...march, page: '3' }))).orders).toEqual([]);
  });
});

describe('markShipped', () => {
  it('ships a paid order: tracking link, history, and one shipped e-mail', async () => {
    const order = await createOrder(db, { status: 'PAID' });
    await markShipped({ number: order.number, carrier: 'UPS', trackingNumber: '1Z 999' }, AGENT, APP_URL);
    expect(await stateOf(order.id)).toMatchObject({
      status: 'SHIPPED',
      carrier: 'UPS',
      trackingNumber: '1Z 999',
      trackingUrl: 'https://www.ups.com/track?tracknum=1Z%20999',
      shippedAt: expect.any(Date),
    });
    const mail = await db.outboxMessage.findMany({ where: { to: order.email } });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ template: 'order-shipped', subject: `Order ${order.label} is on its way` });
    expect(mail[0]!.text).toContain('1Z 999');
    expect((await getOrderForStaff(order.number))!.events).toEqual([
      { type: 'shipped', actor: AGENT, message: 'Shipped with UPS, tracking 1Z 999.', at: expect.any(Date) },
    ]);
  });

  it('refuses to ship an order twice: the first tracking number stays and no second e-mail goes', async () => {
    const order = await createOrder(db, { status: 'PAID' });
    await markShipped({ number: order.number, carrier: 'DHL', trackingNumber: 'JD0146' }, AGENT, APP_URL);
    const before = await stateOf(order.id);
    await expect(markShipped({ number: order.number, carrier: 'FedEx', trackingNumber: '7777' }, AGENT, APP_URL)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Order ${order.label} is shipped: only paid orders can be marked shipped.`,
    });
    expect(await stateOf(order.id)).toEqual(before);
    expect(await db.outboxMessage.count({ where: { to: order.email } })).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('refuses an order that is not paid yet, with a clear message, and changes nothing', async () => {
    const order = await createOrder(db, { status: 'PENDING' });
    await expect(markShipped({ number: order.number, carrier: 'UPS', trackingNumber: '1Z 999' }, AGENT, APP_URL)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Order ${order.label} is pending: only paid orders can be marked shipped.`,
    });
    expect(await stateOf(order.id)).toMatchObject({ status: 'PENDING', carrier: null, trackingNumber: null, shippedAt: null });
    expect(await db.outboxMessage.count({ where: { to: order.email } })).toBe(0);
    expect(await db.orderEvent.count({ where: { orderId: order.id } })).toBe(0);
  });

  it('has no tracking link for a carrier without a tracking page, and answers an unknown order with NOT_FOUND', async () => {
    const order = await createOrder(db, { status: 'PAID' });
    await markShipped({ number: order.number, carrier: 'Other', trackingNumber: 'LOCAL-1' }, AGENT, APP_URL);
    expect(await stateOf(order.id)).toMatchObject({ status: 'SHIPPED', carrier: 'Other', trackingUrl: null });
    await expect(markShipped({ number: 999_999_999, carrier: 'UPS', trackingNumber: '1Z 999' }, AGENT, APP_URL)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('markDelivered', () => {
  it('marks a shipped order delivered on the given day', async () => {
    const order = await createOrder(db, { status: 'SHIPPED', createdAt: new Date(Date.now() - 3 * DAY) });
    const deliveredAt = new Date(`${new Date(Date.now() - DAY).toISOString().slice(0, 10)}T00:00:00Z`);
    await markDelivered({ number: order.number, deliveredAt }, AGENT);
    expect(await stateOf(order.id)).toMatchObject({ status: 'DELIVERED', deliveredAt });
    expect((await getOrderForStaff(order.number))!.events).toMatchObject([{ type: 'delivered', actor: AGENT }]);
  });

  it('refuses a date in the future, and one before the order shipped', async () => {
    const order = await createOrder(db, { status: 'SHIPPED', createdAt: new Date(Date.now() - 3 * DAY) });
    await expect(markDelivered({ number: order.number, deliveredAt: new Date(Date.now() + 3 * DAY) }, AGENT)).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      message: 'The delivery date cannot be in the future.',
    });
    await expect(markDelivered({ number: order.number, deliveredAt: new Date(Date.now() - 10 * DAY) }, AGENT)).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
    });
    expect(await stateOf(order.id)).toMatchObject({ status: 'SHIPPED', deliveredAt: null });
  });

  it('refuses an order that has not shipped', async () => {
    const order = await createOrder(db, { status: 'PAID' });
    await expect(markDelivered({ number: order.number, deliveredAt: new Date() }, AGENT)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Order ${order.label} is paid: only shipped orders can be marked delivered.`,
    });
    expect(await stateOf(order.id)).toMatchObject({ status: 'PAID', deliveredAt: null });
  });
});

describe('order actions', () => {
  const support = people.support;

  it('let a support agent ship and then deliver an order from the forms', async () => {
    actAs(support);
    const order = await createOrder(db, { status: 'PAID' });
    const shipped = await markShippedAction({ ok: true }, formData({ number: order.label, carrier: 'DHL', trackingNumber: 'JD0146' }));
    expect(shipped).toMatchObject({ ok: true, message: expect.stringContaining(order.label) });
    expect(cache.revalidatePath).toHaveBeenCalledWith(`/admin/orders/${order.label}`);
    expect(cache.revalidatePath).toHaveBeenCalledWith('/admin/orders');
    const today = new Date().toISOString().slice(0, 10);
    expect(await markDeliveredAction({ ok: true }, formData({ number: order.label, deliveredOn: today }))).toMatchObject({ ok: true });
    expect(await stateOf(order.id)).toMatchObject({ status: 'DELIVERED', deliveredAt: new Date(`${today}T00:00:00Z`) });
    expect((await getOrderForStaff(order.number))!.events.map((e) => e.actor)).toEqual([support.email, support.email]);
  });

  it('return field errors for a bad form, keep what was typed, and leave the order alone', async () => {
    actAs(support);
    const order = await createOrder(db, { status: 'PAID' });
    const result = await markShippedAction({ ok: true }, formData({ number: order.label, carrier: 'Pigeon', trackingNumber: '<b>' }));
    expect(result).toMatchObject({ ok: false, code: 'UNPROCESSABLE', values: { carrier: 'Pigeon', trackingNumber: '<b>' } });
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['carrier', 'trackingNumber']);
    expect((await stateOf(order.id)).status).toBe('PAID');
  });

  it("return the service's refusal as the form's message", async () => {
    actAs(support);
    const order = await createOrder(db, { status: 'PAID' });
    // Today's date: a back-dated delivery is an admin step (staff-access.test.ts).
    const today = new Date().toISOString().slice(0, 10);
    expect(await markDeliveredAction({ ok: true }, formData({ number: order.label, deliveredOn: today }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: `Order ${order.label} is paid: only shipped orders can be marked delivered.`,
    });
  });
});
