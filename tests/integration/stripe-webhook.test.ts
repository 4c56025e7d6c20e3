import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { retryFailedJob } from '@/lib/jobs/admin-retry';
import { metrics } from '@/lib/observability/metrics';
import { seed } from '@/prisma/seed';
import { cartWith, setStock, stockOf } from '../factories/cart';
import { installJobQueue, queuedJobs } from '../support/job-queue';
import { confirmations, orderOf, startStripeKit } from '../support/stripe-kit';

// The webhook answers once the event is recorded and its job queued; the job (run here as a worker would) fulfils.
let kit: Awaited<ReturnType<typeof startStripeKit>>;

beforeAll(async () => {
  await seed(db);
  await installJobQueue();
  kit = await startStripeKit();
});
afterAll(() => kit.close());
beforeEach(async () => {
  await setStock('QLC-1', 250);
  await setStock('QLC-2', 120);
});

async function paidSession(items: { sku: string; quantity: number }[], options = {}) {
  const { orderId } = await kit.checkout(await cartWith(items));
  return { orderId, session: kit.fake.completeSession((await orderOf(orderId)).checkoutSessionId!, options) };
}
const counted = async (outcome: string) => (await metrics.webhookEvents.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

describe('the Stripe webhook', () => {
  it('refuses a bad signature with 400, records nothing and queues nothing', async () => {
    const { orderId, session } = await paidSession([{ sku: 'QLC-1', quantity: 1 }]);
    const genuine = kit.event('checkout.session.completed', session);
    const forged = { payload: genuine.payload, signature: genuine.signature.replace(/v1=\w+/, `v1=${'0'.repeat(64)}`) };
    const tampered = { payload: genuine.payload.replace('"paid"', '"unpaid"'), signature: genuine.signature };
    const rejectedBefore = await counted('rejected');

    for (const attempt of [forged, tampered, { payload: genuine.payload, signature: '' }]) {
      const result = await kit.deliver(attempt);
      expect(result.status).toBe(400);
      expect(result.body.error).toMatch(/signature/i);
    }
    await kit.runJobs();
    expect((await orderOf(orderId)).status).toBe('PENDING');
    expect(await db.webhookEvent.count({ where: { id: genuine.id } })).toBe(0);
    expect(await queuedJobs('fulfil-payment')).toEqual([]);
    expect(await counted('rejected')).toBe(rejectedBefore + 3);
  });

  it('answers before fulfilling: the order is still pending, with one job keyed by the event id, until a worker runs it', async () => {
    const { orderId, session } = await paidSession([{ sku: 'QLC-2', quantity: 1 }]);
    const completed = kit.event('checkout.session.completed', session);
    expect(await kit.deliver(completed)).toEqual({ status: 200, body: { received: true, queued: true } });

    expect((await orderOf(orderId)).status).toBe('PENDING');
    expect(await confirmations(orderId)).toBe(0);
    expect(kit.fake.requests.some((r) => r.path.startsWith('/v1/checkout/sessions/') && r.method === 'GET')).toBe(false);
    expect(await queuedJobs('fulfil-payment')).toMatchObject([{ task: 'fulfil-payment', key: completed.id, attempts: 0 }]);

    await kit.runJobs();
    expect((await orderOf(orderId)).status).toBe('PAID');
    expect(await confirmations(orderId)).toBe(1);
    expect(await queuedJobs('fulfil-payment')).toEqual([]);
    expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: completed.id } })).processedAt).not.toBeNull();
  });

  it('fulfils once when the same completed event arrives 20 times at once: one job, one paid order, one e-mail, stock taken once', async () => {
    const items = [
      { sku: 'QLC-1', quantity: 2 },
      { sku: 'QLC-2', quantity: 1 },
    ];
    const { orderId, session } = await paidSession(items, { shippingOption: 1, discount: 500, tax: 312 });
    const completed = kit.event('checkout.session.completed', session);
    const duplicatesBefore = await counted('duplicate');

    const results = await Promise.all(Array.from({ length: 20 }, () => kit.deliver(completed)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.queued)).toHaveLength(1);
    expect(results.filter((r) => r.body.duplicate)).toHaveLength(19);
    expect(await counted('duplicate')).toBe(duplicatesBefore + 19);
    expect(await queuedJobs('fulfil-payment')).toHaveLength(1);

    await kit.runJobs();
    // Delivered again after fulfilment: acknowledged, nothing queued.
    expect((await kit.deliver(completed)).body).toEqual({ received: true, duplicate: true });
    expect(await queuedJobs('fulfil-payment')).toEqual([]);

    const order = await orderOf(orderId);
    expect(order.status).toBe('PAID');
    expect(await confirmations(orderId)).toBe(1);
    expect(await stockOf('QLC-1')).toBe(248);
    expect(await stockOf('QLC-2')).toBe(119);
    // Totals are Stripe's, to the cent, and reconcile.
    expect(order).toMatchObject({ subtotalCents: 18700, shippingCents: 1500, discountCents: 500, taxCents: 312, totalCents: 20012 });
    expect(order.subtotalCents).toBe(order.items.reduce((sum, i) => sum + i.unitPriceCents * i.quantity, 0));
    expect(order.paymentIntentId).toBe(session.payment_intent);
    expect(order).toMatchObject({ shippingName: 'Robin Shopper', shippingMethod: 'Express, tracked' });
  });

  it('handles checkout.session.completed after checkout.session.expired: stock released, then taken again and the order paid', async () => {
    const { orderId } = await kit.checkout(await cartWith([{ sku: 'QLC-2', quantity: 2 }]));
    const sessionId = (await orderOf(orderId)).checkoutSessionId!;
    expect(await stockOf('QLC-2')).toBe(118);

    await kit.deliver(kit.event('checkout.session.expired', kit.fake.expireSession(sessionId)));
    await kit.runJobs();
    expect((await orderOf(orderId)).status).toBe('CANCELLED');
    expect(await stockOf('QLC-2')).toBe(120);

    await kit.deliver(kit.event('checkout.session.completed', kit.fake.completeSession(sessionId)));
    await kit.runJobs();
    expect((await orderOf(orderId)).status).toBe('PAID');
    expect(await stockOf('QLC-2')).toBe(118);
    expect(await confirmations(orderId)).toBe(1);
  });

  it('ignores a session that carries no order of ours, and marks its event processed', async () => {
    const { session } = await paidSession([{ sku: 'QLC-1', quantity: 1 }]);
    kit.fake.sessions.set('cs_test_not_ours', { ...session, id: 'cs_test_not_ours', metadata: {}, client_reference_id: null });
    const paidBefore = await db.order.count({ where: { status: 'PAID' } });
    const stranger = kit.event('checkout.session.completed', { id: 'cs_test_not_ours', object: 'checkout.session', metadata: {} });
    await kit.deliver(stranger);
    await kit.runJobs();
    expect(await db.order.count({ where: { status: 'PAID' } })).toBe(paidBefore);
    expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: stranger.id } })).processedAt).not.toBeNull();
  });

  it('keeps the job when Stripe stays down (its error recorded, the order pending), and fulfils it once retried', async () => {
    const { orderId, session } = await paidSession([{ sku: 'QLC-1', quantity: 1 }]);
    const completed = kit.event('checkout.session.completed', session);
    expect((await kit.deliver(completed)).status).toBe(200);
    const failuresBefore = (await metrics.webhookFailures.get()).values[0]?.value ?? 0;

    kit.fake.failNext(10);
    await kit.runJobs();
    kit.fake.failNext(0);
    const [job] = await queuedJobs('fulfil-payment');
    expect(job).toMatchObject({ key: completed.id, attempts: 1, lastError: expect.any(String) });
    expect((await orderOf(orderId)).status).toBe('PENDING');
    expect((await metrics.webhookFailures.get()).values[0]?.value).toBe(failuresBefore + 1);
    // Stripe redelivers meanwhile: the queued job is the one that will fulfil it.
    expect((await kit.deliver(completed)).body.duplicate).toBe(true);
    expect(await queuedJobs('fulfil-payment')).toHaveLength(1);

    // The queue would retry after its back-off; staff can retry it now (what /admin/jobs does).
    await retryFailedJob(job!.id, { now: new Date() });
    await kit.runJobs();
    expect((await orderOf(orderId)).status).toBe('PAID');
    expect(await queuedJobs('fulfil-payment')).toEqual([]);
  });

  it('queues an event recorded before payments became jobs (never processed, no job) when Stripe resends it', async () => {
    const { orderId, session } = await paidSession([{ sku: 'QLC-1', quantity: 1 }]);
    const completed = kit.event('checkout.session.completed', session);
    await db.webhookEvent.create({ data: { id: completed.id, provider: 'stripe', type: 'checkout.session.completed' } });

    expect((await kit.deliver(completed)).body.queued).toBe(true);
    await kit.runJobs();
    expect((await orderOf(orderId)).status).toBe('PAID');
  });
});
