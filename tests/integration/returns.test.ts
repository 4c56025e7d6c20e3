import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStripeClient, stripeProvider } from '@/lib/checkout/stripe-provider';
import { handleStripeWebhook } from '@/lib/payments/webhook-dispatch';
import { FULFIL_PAYMENT_TASK } from '@/lib/payments/payment-job';
import { fulfilPaymentTaskWith } from '@/lib/payments/fulfil-task';
import { testProvider } from '@/lib/checkout/test-provider';
import { db } from '@/lib/db';
import { refundReturn } from '@/lib/returns/refunds';
import { requestReturn } from '@/lib/returns/service';
import { approveReturn, cancelReturn, markReceived, sweepApprovedReturns } from '@/lib/returns/steps';
import { seed } from '@/prisma/seed';
import { stockOf } from '../factories/cart';
import { createOrder } from '../factories/orders';
import { startFakeStripe, type FakeStripe } from '../support/fake-stripe';
import { drainJobs, installJobQueue } from '../support/job-queue';

const APP_URL = 'http://localhost:3000';
const deps = { appUrl: APP_URL };
let fake: FakeStripe;

beforeAll(async () => {
  await seed(db);
  await installJobQueue();
  fake = await startFakeStripe();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.refundBehaviour = 'succeed';
});

const stripe = () => stripeProvider(createStripeClient({ secretKey: 'sk_test_returns', apiBase: fake.url, maxNetworkRetries: 1 }));

/** A delivered order of two single QL Claws paid through Stripe: 2 × 49.00 + 15.00 express. */
async function deliveredOrder(deliveredAt = new Date('2026-03-01T12:00:00Z')) {
  const order = await createOrder(db, { status: 'DELIVERED', items: [{ sku: 'QLC-1', quantity: 2 }], shippingCents: 1500 });
  await db.order.update({
    where: { id: order.id },
    data: {
      deliveredAt,
      shippedAt: new Date(deliveredAt.getTime() - 3 * 86_400_000),
      paymentProvider: 'stripe',
      paymentIntentId: `pi_${order.id}`,
    },
  });
  const item = await db.orderItem.findFirstOrThrow({ where: { orderId: order.id } });
  return { ...order, itemId: item.id };
}

/** Delivers a signed Stripe event to the webhook handler, as Stripe would, then lets a worker run the job it queued. */
async function sendWebhook(type: string, object: object) {
  const client = createStripeClient({ secretKey: 'sk_test_returns', apiBase: fake.url, maxNetworkRetries: 1 });
  const secret = 'whsec_returns';
  const payload = JSON.stringify({ id: `evt_${Math.random().toString(36).slice(2)}`, object: 'event', type, data: { object } });
  const answer = await handleStripeWebhook(payload, client.webhooks.generateTestHeaderString({ payload, secret }), {
    stripe: client,
    webhookSecret: secret,
  });
  expect(answer).toEqual({ status: 200, body: { received: true, queued: true } });
  await drainJobs({ [FULFIL_PAYMENT_TASK]: fulfilPaymentTaskWith(() => ({ provider: stripeProvider(client), appUrl: APP_URL })) });
}

const one = (itemId: string, quantity = 1) => [{ orderItemId: itemId, quantity }];
const refundPosts = () => fake.requests.filter((r) => r.path === '/v1/refunds').length;

describe('the 60-day guarantee', () => {
  it('accepts a request on day 60 and refuses it on day 61 (UTC calendar days)', async () => {
    const order = await deliveredOrder();
    await expect(
      requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, {
        ...deps,
        now: new Date('2026-05-01T00:00:01Z'),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'The 60-day return window for this order has closed.' });
    const ok = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, {
      ...deps,
      now: new Date('2026-04-30T23:59:00Z'),
    });
    expect(ok.number).toMatch(/^RMA-\d{4,}$/);
  });

  it('approves "did not help" at once, leaves other reasons for staff, and e-mails each step', async () => {
    const order = await deliveredOrder(new Date());
    const auto = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, deps);
    const manual = await requestReturn(
      { orderId: order.id, items: one(order.itemId), reason: 'CHANGED_MIND', comment: 'Too big for my bag' },
      order,
      deps,
    );
    expect(auto.status).toBe('APPROVED');
    expect(manual.status).toBe('REQUESTED');
    expect(
      await db.outboxMessage.count({ where: { dedupeKey: { in: [`return-approved:${auto.id}`, `return-requested:${manual.id}`] } } }),
    ).toBe(2);
  });

  it('never returns more units than were bought, even from two requests at once', async () => {
    const order = await deliveredOrder(new Date());
    const attempts = await Promise.allSettled([
      requestReturn({ orderId: order.id, items: one(order.itemId, 2), reason: 'DID_NOT_HELP' }, order, deps),
      requestReturn({ orderId: order.id, items: one(order.itemId, 2), reason: 'DID_NOT_HELP' }, order, deps),
    ]);
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    await expect(requestReturn({ orderId: order.id, items: one(order.itemId, 1), reason: 'OTHER' }, order, deps)).rejects.toMatchObject({
      message: 'That item has already been returned.',
    });
  });

  it('lets the customer cancel until the item arrives, which frees the units again', async () => {
    const order = await deliveredOrder(new Date());
    const ret = await requestReturn({ orderId: order.id, items: one(order.itemId, 2), reason: 'DID_NOT_HELP' }, order, deps);
    await cancelReturn(ret.id, order.email, deps);
    await expect(cancelReturn(ret.id, order.email, deps)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await requestReturn({ orderId: order.id, items: one(order.itemId, 2), reason: 'DID_NOT_HELP' }, order, deps)).status).toBe(
      'APPROVED',
    );
  });
});

describe('refunds', () => {
  it('restocks a sellable item once received and refunds exactly once when two staff click at the same time', async () => {
    const order = await deliveredOrder(new Date());
    const ret = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, deps);
    await expect(refundReturn(ret.id, 'staff@example.test', { ...deps, provider: stripe() })).rejects.toMatchObject({
      message: 'Refund once the item has been received.',
    });
    const stock = await stockOf('QLC-1');
    await markReceived(ret.id, { conditionNotes: 'As new', sellable: true }, 'staff@example.test', deps);
    expect(await stockOf('QLC-1')).toBe(stock + 1);

    const before = refundPosts();
    const results = await Promise.all([
      refundReturn(ret.id, 'a@example.test', { ...deps, provider: stripe() }),
      refundReturn(ret.id, 'b@example.test', { ...deps, provider: stripe() }),
    ]);
    const refunds = await db.refund.findMany({ where: { returnId: ret.id } });
    expect(refunds).toHaveLength(1);
    // One unit of two: 49.00, no discount or tax, no shipping share ("did not help" is not the store's fault).
    expect(refunds[0]).toMatchObject({ amountCents: 4900, status: 'SUCCEEDED', providerRefundId: expect.stringMatching(/^re_/) });
    expect(results.every((r) => r.status === 'succeeded')).toBe(true);
    expect(refundPosts() - before).toBeLessThanOrEqual(2);
    expect(
      new Set(
        fake.requests
          .filter((r) => r.path === '/v1/refunds')
          .slice(before)
          .map((r) => r.headers['idempotency-key']),
      ),
    ).toEqual(new Set([refunds[0]!.idempotencyKey]));
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe('REFUNDED');
    expect(await db.outboxMessage.count({ where: { dedupeKey: `return-refunded:${ret.id}` } })).toBe(1);
  });

  it('never refunds more than was paid for the order across returns', async () => {
    const order = await deliveredOrder(new Date());
    const a = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'ARRIVED_DAMAGED' }, order, deps);
    const b = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'ARRIVED_DAMAGED' }, order, deps);
    for (const ret of [a, b]) {
      await approveReturn(ret.id, 'staff', deps).catch(() => {});
      await markReceived(ret.id, { conditionNotes: 'Cracked', sellable: false }, 'staff', deps);
      await refundReturn(ret.id, 'staff', { ...deps, provider: stripe() });
    }
    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { totalCents: true } });
    const total = await db.refund.aggregate({ where: { orderId: order.id, status: 'SUCCEEDED' }, _sum: { amountCents: true } });
    expect(total._sum.amountCents).toBe(paid.totalCents);
  });

  it('keeps a failed Stripe refund with its reason, and a retry succeeds as a new attempt', async () => {
    const order = await deliveredOrder(new Date());
    const ret = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, deps);
    await markReceived(ret.id, { conditionNotes: '', sellable: true }, 'staff', deps);
    fake.refundBehaviour = 'fail';
    expect(await refundReturn(ret.id, 'staff', { ...deps, provider: stripe() })).toEqual({
      status: 'failed',
      reason: 'expired_or_canceled_card',
    });
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe('RECEIVED');
    fake.refundBehaviour = 'already_refunded';
    expect(await refundReturn(ret.id, 'staff', { ...deps, provider: stripe() })).toMatchObject({ status: 'succeeded' });
    expect(
      (await db.refund.findMany({ where: { returnId: ret.id }, orderBy: { attempt: 'asc' } })).map((r) => [r.attempt, r.status]),
    ).toEqual([
      [1, 'FAILED'],
      [2, 'SUCCEEDED'],
    ]);
  });

  it('refuses refunds on a disputed order', async () => {
    const order = await deliveredOrder(new Date());
    const ret = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, deps);
    await markReceived(ret.id, { conditionNotes: '', sellable: true }, 'staff', deps);
    await db.order.update({ where: { id: order.id }, data: { disputed: true } });
    await expect(refundReturn(ret.id, 'staff', { ...deps, provider: stripe() })).rejects.toMatchObject({
      message: expect.stringMatching(/disputed/),
    });
    expect(await db.refund.count({ where: { returnId: ret.id } })).toBe(0);
  });

  it('refunds through the test provider by the same code path', async () => {
    const order = await deliveredOrder(new Date());
    await db.order.update({ where: { id: order.id }, data: { paymentProvider: 'test' } });
    await db.testCheckoutSession.create({
      data: {
        id: `tcs_${order.id}`,
        orderId: order.id,
        status: 'complete',
        paymentStatus: 'paid',
        currency: 'USD',
        subtotalCents: 9800,
        totalCents: 11300,
        paymentIntentId: `pi_${order.id}`,
        expiresAt: new Date(),
      },
    });
    const ret = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, deps);
    await markReceived(ret.id, { conditionNotes: '', sellable: true }, 'staff', deps);
    expect(await refundReturn(ret.id, 'staff', { ...deps, provider: testProvider(APP_URL) })).toEqual({
      status: 'succeeded',
      amountCents: 4900,
    });
  });
});

describe('approved returns that never arrive', () => {
  it('get a reminder first, then expire', async () => {
    const order = await deliveredOrder(new Date());
    const ret = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, deps);
    const { expiresAt } = await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } });
    const nearlyDue = new Date(expiresAt!.getTime() - 2 * 86_400_000);
    expect((await sweepApprovedReturns({ ...deps, now: nearlyDue })).reminded).toBeGreaterThanOrEqual(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `return-reminder:${ret.id}` } })).toBe(1);
    await sweepApprovedReturns({ ...deps, now: new Date(expiresAt!.getTime() + 1000) });
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe('EXPIRED');
  });
});

describe('refund and dispute webhooks', () => {
  it('mark a pending refund failed or succeeded, and a dispute blocks further refunds', async () => {
    const order = await deliveredOrder(new Date());
    const ret = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, deps);
    await markReceived(ret.id, { conditionNotes: '', sellable: true }, 'staff', deps);
    const refund = await db.refund.create({
      data: {
        returnId: ret.id,
        orderId: order.id,
        attempt: 1,
        amountCents: 4900,
        currency: 'USD',
        provider: 'stripe',
        providerRefundId: 're_pending_1',
        idempotencyKey: `refund-${ret.id}-1`,
      },
    });

    await sendWebhook('refund.updated', { id: 're_pending_1', object: 'refund', status: 'succeeded', metadata: { refundId: refund.id } });
    expect((await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe('SUCCEEDED');
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe('REFUNDED');

    await sendWebhook('charge.dispute.created', { id: 'dp_1', object: 'dispute', payment_intent: `pi_${order.id}`, reason: 'fraudulent' });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).disputed).toBe(true);
  });
});

describe('charge.refunded', () => {
  it('settles pending refunds once the charge reports them all refunded', async () => {
    const order = await deliveredOrder(new Date());
    const ret = await requestReturn({ orderId: order.id, items: one(order.itemId), reason: 'DID_NOT_HELP' }, order, deps);
    await markReceived(ret.id, { conditionNotes: '', sellable: true }, 'staff', deps);
    await db.refund.create({
      data: {
        returnId: ret.id,
        orderId: order.id,
        attempt: 1,
        amountCents: 4900,
        currency: 'USD',
        provider: 'stripe',
        providerRefundId: 're_pending_2',
        idempotencyKey: `refund-${ret.id}-1`,
      },
    });

    // A partial refund of the charge settles nothing yet.
    await sendWebhook('charge.refunded', { id: 'ch_1', object: 'charge', payment_intent: `pi_${order.id}`, amount_refunded: 4000 });
    expect((await db.refund.findFirstOrThrow({ where: { returnId: ret.id } })).status).toBe('PENDING');
    await sendWebhook('charge.refunded', { id: 'ch_1', object: 'charge', payment_intent: `pi_${order.id}`, amount_refunded: 4900 });
    expect((await db.refund.findFirstOrThrow({ where: { returnId: ret.id } })).status).toBe('SUCCEEDED');
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe('REFUNDED');
  });
});
