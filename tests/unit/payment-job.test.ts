import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { paymentJobOf } from '@/lib/payments/payment-job';

const event = (type: string, object: object, created = 1_780_000_000) =>
  ({ id: 'evt_1', object: 'event', type, created, data: { object } }) as unknown as Stripe.Event;

describe('the job queued for a payment event', () => {
  it('carries only ids and statuses of a checkout session, not the customer', () => {
    const job = paymentJobOf(event('checkout.session.completed', { id: 'cs_1', customer_details: { email: 'a@b.test' } }));
    expect(job).toEqual({
      eventId: 'evt_1',
      type: 'checkout.session.completed',
      created: 1_780_000_000,
      work: { kind: 'session', sessionId: 'cs_1', paymentFailed: false },
    });
    expect(paymentJobOf(event('checkout.session.async_payment_failed', { id: 'cs_1' }))?.work).toMatchObject({ paymentFailed: true });
  });

  it('reads a cancelled or failed refund as failed, and keeps our refund id', () => {
    const refund = { id: 're_1', status: 'canceled', metadata: { refundId: 'r1' }, failure_reason: null };
    expect(paymentJobOf(event('refund.updated', refund))?.work).toEqual({
      kind: 'refund',
      providerRefundId: 're_1',
      refundId: 'r1',
      status: 'failed',
      failureReason: undefined,
    });
    expect(paymentJobOf(event('refund.created', { ...refund, status: 'pending' }))?.work).toMatchObject({ status: 'pending' });
  });

  it('queues nothing for events the store does not use, or charges and disputes with no payment to match', () => {
    expect(paymentJobOf(event('customer.created', { id: 'cus_1' }))).toBeNull();
    expect(paymentJobOf(event('charge.refunded', { id: 'ch_1', payment_intent: null, amount_refunded: 100 }))).toBeNull();
    expect(
      paymentJobOf(event('charge.dispute.created', { id: 'dp_1', payment_intent: { id: 'pi_1' }, reason: 'fraudulent' }))?.work,
    ).toEqual({ kind: 'dispute', paymentIntentId: 'pi_1', reason: 'fraudulent' });
  });
});
