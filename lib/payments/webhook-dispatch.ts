import 'server-only';
import type Stripe from 'stripe';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/queue';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { FULFIL_PAYMENT_TASK, paymentJobOf } from './payment-job';
import { eventJobExists, markWebhookEventProcessed, recordWebhookEvent } from './webhook-events';

/**
 * Stripe webhook handling, the answering half. Following Stripe's advice to answer 2xx before any heavy work, this
 * only checks the signature on the raw body, records the event id and, in the same transaction, queues a
 * `fulfil-payment` job keyed by the event id (lib/payments/fulfil-task.ts does the work, with the queue's retries).
 * A redelivery of an event already recorded is acknowledged as a duplicate and queues nothing.
 */
export type WebhookResult = { status: number; body: { received?: boolean; duplicate?: boolean; queued?: boolean; error?: string } };

export interface WebhookDeps {
  stripe: Stripe;
  webhookSecret: string;
  /** Clock for the events that need no job (marked processed at once). */
  now?: () => Date;
}

/** How many attempts a payment job gets (graphile-worker backs off exponentially: the last is about a day later). */
const MAX_ATTEMPTS = 25;

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
    metrics.webhookEvents.labels('rejected').inc();
    return { status: 400, body: { error: `Webhook signature verification failed: ${error instanceof Error ? error.message : 'invalid'}` } };
  }
  const job = paymentJobOf(event);
  const outcome = await inTransaction(client, async (tx) => {
    const seen = await recordWebhookEvent({ id: event.id, provider: 'stripe', type: event.type }, tx);
    if (seen.processed) return 'duplicate';
    // Seen but not processed: its job is under way, unless it was recorded before payment work became a job.
    if (!seen.firstDelivery && (await eventJobExists(event.id, tx))) return 'duplicate';
    if (!job) {
      await markWebhookEventProcessed(event.id, { now: deps.now?.() }, tx);
      return 'ignored';
    }
    await enqueueJob(FULFIL_PAYMENT_TASK, job, { jobKey: event.id, maxAttempts: MAX_ATTEMPTS }, tx);
    return 'queued';
  });
  metrics.webhookEvents.labels(outcome === 'duplicate' ? 'duplicate' : 'acknowledged').inc();
  log.debug({ eventId: event.id, type: event.type, outcome }, 'stripe webhook acknowledged');
  if (outcome === 'duplicate') return { status: 200, body: { received: true, duplicate: true } };
  return { status: 200, body: { received: true, queued: outcome === 'queued' } };
}
