import type Stripe from 'stripe';
import { z } from 'zod';

/** The job that acts on a verified payment event: fulfil a checkout, settle a refund, flag a dispute. */
export const FULFIL_PAYMENT_TASK = 'fulfil-payment';

/**
 * What the job needs of an event, and nothing more: ids and statuses, never the customer's details. Each kind
 * names the domain entry point it goes to (lib/payments/fulfil-task.ts). Facts are re-read from the provider or our
 * own rows when the job runs, so an old or repeated job converges like a redelivered event does.
 */
const work = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), sessionId: z.string().min(1), paymentFailed: z.boolean() }),
  z.object({
    kind: z.literal('refund'),
    providerRefundId: z.string().min(1),
    refundId: z.string().optional(),
    status: z.enum(['pending', 'succeeded', 'failed']),
    failureReason: z.string().optional(),
  }),
  z.object({ kind: z.literal('charge-refunded'), paymentIntentId: z.string().min(1), amountRefunded: z.number().int().min(0) }),
  z.object({ kind: z.literal('dispute'), paymentIntentId: z.string().min(1), reason: z.string() }),
]);

export const paymentJobSchema = z.object({
  eventId: z.string().min(1),
  type: z.string().min(1),
  /** When the provider created the event (Unix seconds): the start of the webhook lag. */
  created: z.number().int().min(0),
  work,
});

export type PaymentJob = z.infer<typeof paymentJobSchema>;
type Work = PaymentJob['work'];

const SESSION_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);
const REFUND_EVENTS = new Set(['refund.created', 'refund.updated', 'refund.failed']);

const intentOf = (value: string | { id: string } | null | undefined): string | null =>
  typeof value === 'string' ? value : (value?.id ?? null);

function workOf(event: Stripe.Event): Work | null {
  if (SESSION_EVENTS.has(event.type)) {
    const session = event.data.object as Stripe.Checkout.Session;
    return { kind: 'session', sessionId: session.id, paymentFailed: event.type === 'checkout.session.async_payment_failed' };
  }
  if (REFUND_EVENTS.has(event.type)) {
    const refund = event.data.object as Stripe.Refund;
    const failed = event.type === 'refund.failed' || refund.status === 'failed' || refund.status === 'canceled';
    return {
      kind: 'refund',
      providerRefundId: refund.id,
      refundId: refund.metadata?.refundId,
      status: failed ? 'failed' : refund.status === 'succeeded' ? 'succeeded' : 'pending',
      failureReason: refund.failure_reason ?? undefined,
    };
  }
  if (event.type === 'charge.refunded') {
    const charge = event.data.object as Stripe.Charge;
    const paymentIntentId = intentOf(charge.payment_intent);
    return paymentIntentId ? { kind: 'charge-refunded', paymentIntentId, amountRefunded: charge.amount_refunded } : null;
  }
  if (event.type === 'charge.dispute.created') {
    const dispute = event.data.object as Stripe.Dispute;
    const paymentIntentId = intentOf(dispute.payment_intent);
    return paymentIntentId ? { kind: 'dispute', paymentIntentId, reason: dispute.reason } : null;
  }
  return null;
}

/** The job for a verified event, or null when the store has nothing to do for it (an event type it does not use). */
export function paymentJobOf(event: Stripe.Event): PaymentJob | null {
  const found = workOf(event);
  if (!found) return null;
  return paymentJobSchema.parse({ eventId: event.id, type: event.type, created: Math.max(0, Math.floor(event.created ?? 0)), work: found });
}
