import 'server-only';
import type Stripe from 'stripe';
import { db, type Db } from '@/lib/db';
import type { PaymentProvider } from './provider';
import { settleRefund } from '@/lib/returns/refunds';
import { reconcileCheckout } from './fulfil';

/**
 * Stripe webhook handling. The signature is checked on the raw body; each
 * event id is recorded and acted on until it has been processed once. Events
 * only say "look at this session": what happened is read back from Stripe,
 * so duplicates, races and out-of-order deliveries all converge.
 */
export type WebhookResult = { status: number; body: { received?: boolean; duplicate?: boolean; outcome?: string; error?: string } };

const SESSION_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);

const REFUND_EVENTS = new Set(['refund.created', 'refund.updated', 'refund.failed']);

/** A refund's final state may only be known later: apply it to our Refund row. */
async function onRefundEvent(refund: Stripe.Refund, type: string, appUrl: string, client: Db): Promise<string> {
  const row = await client.refund.findFirst({
    where: { OR: [{ providerRefundId: refund.id }, ...(refund.metadata?.refundId ? [{ id: refund.metadata.refundId }] : [])] },
    select: { id: true },
  });
  if (!row) return 'ignored';
  const failed = type === 'refund.failed' || refund.status === 'failed' || refund.status === 'canceled';
  const status = failed ? 'failed' : refund.status === 'succeeded' ? 'succeeded' : 'pending';
  await settleRefund(row.id, { status, providerRefundId: refund.id, reason: failed ? (refund.failure_reason ?? 'refund failed') : undefined }, 'stripe', { appUrl, client });
  return `refund-${status}`;
}

/**
 * The charge reports how much has been refunded in all: once that covers every
 * refund we asked for, those still pending have succeeded.
 */
async function onChargeRefunded(charge: Stripe.Charge, appUrl: string, client: Db): Promise<string> {
  const intent = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
  if (!intent) return 'ignored';
  const refunds = await client.refund.findMany({ where: { order: { paymentIntentId: intent }, status: { in: ['PENDING', 'SUCCEEDED'] } }, select: { id: true, status: true, amountCents: true, providerRefundId: true } });
  const asked = refunds.reduce((sum, r) => sum + r.amountCents, 0);
  if (refunds.length === 0 || charge.amount_refunded < asked) return 'ignored';
  for (const refund of refunds.filter((r) => r.status === 'PENDING')) {
    await settleRefund(refund.id, { status: 'succeeded', providerRefundId: refund.providerRefundId }, 'stripe', { appUrl, client });
  }
  return 'charge-refunded';
}

/** A chargeback: flag the order, which blocks refunds until staff clear it. */
async function onDispute(dispute: Stripe.Dispute, client: Db): Promise<string> {
  const intent = typeof dispute.payment_intent === 'string' ? dispute.payment_intent : dispute.payment_intent?.id;
  if (!intent) return 'ignored';
  const order = await client.order.findUnique({ where: { paymentIntentId: intent }, select: { id: true } });
  if (!order) return 'ignored';
  await client.$transaction([
    client.order.update({ where: { id: order.id }, data: { disputed: true } }),
    client.orderEvent.create({ data: { orderId: order.id, type: 'disputed', message: `Payment disputed (${dispute.reason}). Refunds are blocked until staff clear the flag.` } }),
  ]);
  return 'disputed';
}

export async function handleStripeWebhook(
  rawBody: string,
  signature: string | null,
  deps: { stripe: Stripe; webhookSecret: string; provider: PaymentProvider; appUrl: string; client?: Db },
): Promise<WebhookResult> {
  const client = deps.client ?? db;
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error('missing Stripe-Signature header');
    event = deps.stripe.webhooks.constructEvent(rawBody, signature, deps.webhookSecret);
  } catch (error) {
    return { status: 400, body: { error: `Webhook signature verification failed: ${error instanceof Error ? error.message : 'invalid'}` } };
  }

  // Records the event, or reads back the earlier record of it, in one round trip.
  const [seen] = await client.$queryRaw<{ processedAt: Date | null }[]>`
    INSERT INTO "WebhookEvent" (id, provider, type) VALUES (${event.id}, 'stripe', ${event.type})
    ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
    RETURNING "processedAt"`;
  if (seen?.processedAt) return { status: 200, body: { received: true, duplicate: true } };

  let outcome = 'ignored';
  if (REFUND_EVENTS.has(event.type)) {
    outcome = await onRefundEvent(event.data.object as Stripe.Refund, event.type, deps.appUrl, client);
  } else if (event.type === 'charge.refunded') {
    outcome = await onChargeRefunded(event.data.object as Stripe.Charge, deps.appUrl, client);
  } else if (event.type === 'charge.dispute.created') {
    outcome = await onDispute(event.data.object as Stripe.Dispute, client);
  } else if (SESSION_EVENTS.has(event.type)) {
    const session = event.data.object as Stripe.Checkout.Session;
    const result = await reconcileCheckout(session.id, {
      provider: deps.provider,
      appUrl: deps.appUrl,
      client,
      paymentFailed: event.type === 'checkout.session.async_payment_failed',
    });
    outcome = result.outcome;
  }
  await client.webhookEvent.update({ where: { id: event.id }, data: { processedAt: new Date() } });
  return { status: 200, body: { received: true, outcome } };
}
