import 'server-only';
import type Stripe from 'stripe';
import { db, type Db } from '@/lib/db';
import type { PaymentProvider } from './provider';
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
  if (SESSION_EVENTS.has(event.type)) {
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
