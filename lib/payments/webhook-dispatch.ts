import 'server-only';
import type Stripe from 'stripe';
import { reconcileCheckout } from '@/lib/checkout/fulfil';
import type { PaymentProvider } from '@/lib/checkout/provider';
import { db, type DbOrTx } from '@/lib/db';
import { flagDisputedPayment } from '@/lib/orders/disputes';
import { applyPaymentRefunded, applyRefundUpdate } from '@/lib/returns/refund-events';
import { markWebhookEventProcessed, recordWebhookEvent } from './webhook-events';

/**
 * Stripe webhook handling. The signature is checked on the raw body; each
 * event id is recorded and acted on until it has been processed once. This
 * file only translates: each event goes, in that domain's own terms, to the
 * entry point of the domain it concerns (checkout's reconcile, returns'
 * refunds, orders' disputes), which owns its tables. Events only say "look at
 * this": what happened is read back from the provider or our own rows, so
 * duplicates, races and out-of-order deliveries all converge.
 */
export type WebhookResult = { status: number; body: { received?: boolean; duplicate?: boolean; outcome?: string; error?: string } };

export interface WebhookDeps {
  stripe: Stripe;
  webhookSecret: string;
  provider: PaymentProvider;
  appUrl: string;
}

type Handler = (event: Stripe.Event, deps: WebhookDeps, client: DbOrTx) => Promise<string>;

/** Who acted, in the histories these events write. */
const ACTOR = 'stripe';

const intentOf = (value: string | { id: string } | null): string | null => (typeof value === 'string' ? value : (value?.id ?? null));

const onSession: Handler = async (event, deps, client) => {
  const session = event.data.object as Stripe.Checkout.Session;
  const paymentFailed = event.type === 'checkout.session.async_payment_failed';
  return (await reconcileCheckout(session.id, { provider: deps.provider, appUrl: deps.appUrl, paymentFailed }, client)).outcome;
};

const onRefund: Handler = async (event, deps, client) => {
  const refund = event.data.object as Stripe.Refund;
  const failed = event.type === 'refund.failed' || refund.status === 'failed' || refund.status === 'canceled';
  const status = failed ? 'failed' : refund.status === 'succeeded' ? 'succeeded' : 'pending';
  const update = {
    providerRefundId: refund.id,
    refundId: refund.metadata?.refundId,
    status,
    failureReason: refund.failure_reason ?? undefined,
  } as const;
  return applyRefundUpdate(update, ACTOR, { appUrl: deps.appUrl }, client);
};

const onChargeRefunded: Handler = async (event, deps, client) => {
  const charge = event.data.object as Stripe.Charge;
  const paymentIntentId = intentOf(charge.payment_intent);
  if (!paymentIntentId) return 'ignored';
  return applyPaymentRefunded({ paymentIntentId, amountRefunded: charge.amount_refunded }, ACTOR, { appUrl: deps.appUrl }, client);
};

const onDispute: Handler = async (event, _deps, client) => {
  const dispute = event.data.object as Stripe.Dispute;
  const paymentIntentId = intentOf(dispute.payment_intent);
  return paymentIntentId ? flagDisputedPayment({ paymentIntentId, reason: dispute.reason }, client) : 'ignored';
};

const HANDLERS: Record<string, Handler> = {
  'checkout.session.completed': onSession,
  'checkout.session.async_payment_succeeded': onSession,
  'checkout.session.async_payment_failed': onSession,
  'checkout.session.expired': onSession,
  'refund.created': onRefund,
  'refund.updated': onRefund,
  'refund.failed': onRefund,
  'charge.refunded': onChargeRefunded,
  'charge.dispute.created': onDispute,
};

export async function handleStripeWebhook(
  rawBody: string,
  signature: string | null,
  deps: WebhookDeps,
  client: DbOrTx = db,
): Promise<WebhookResult> {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error('missing Stripe-Signature header');
    event = deps.stripe.webhooks.constructEvent(rawBody, signature, deps.webhookSecret);
  } catch (error) {
    return { status: 400, body: { error: `Webhook signature verification failed: ${error instanceof Error ? error.message : 'invalid'}` } };
  }
  const { processed } = await recordWebhookEvent({ id: event.id, provider: 'stripe', type: event.type }, client);
  if (processed) {
    return { status: 200, body: { received: true, duplicate: true } };
  }
  const handler = HANDLERS[event.type];
  const outcome = handler ? await handler(event, deps, client) : 'ignored';
  await markWebhookEventProcessed(event.id, {}, client);
  return { status: 200, body: { received: true, outcome } };
}
