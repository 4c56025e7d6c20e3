import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import { DEFAULT_CHECKOUT_LIMITS } from '@/lib/checkout/limits';
import { startCheckout } from '@/lib/checkout/service';
import { createStripeClient, STRIPE_API_VERSION, stripeProvider } from '@/lib/checkout/stripe-provider';
import { db } from '@/lib/db';
import { FULFIL_PAYMENT_TASK } from '@/lib/payments/payment-job';
import { fulfilPaymentTaskWith } from '@/lib/payments/fulfil-task';
import { handleStripeWebhook } from '@/lib/payments/webhook-dispatch';
import { startFakeStripe, type FakeStripe } from './fake-stripe';
import { drainJobs } from './job-queue';

export const APP_URL = 'http://localhost:3000';
const WEBHOOK_SECRET = 'whsec_integration_test_secret';

// The Stripe mechanics, without the hoarding limits (tests/integration/checkout-hoarding.test.ts covers those).
const noHoardingLimits = {
  ...DEFAULT_CHECKOUT_LIMITS,
  unpaidSharePercent: 100,
  clientMaxReservedSessions: 1e6,
  clientMaxReservedUnits: 1e6,
  startsPerCartHour: 1e6,
};

/** The real Stripe SDK against a local Stripe API, with the store's webhook and its payment job. */
export async function startStripeKit() {
  const fake: FakeStripe = await startFakeStripe();
  const stripe: Stripe = createStripeClient({ secretKey: 'sk_test_integration', apiBase: fake.url, maxNetworkRetries: 2 });
  const provider = () => stripeProvider(stripe);
  const checkout = (cartId: string, email: string | null = 'buyer@example.test') =>
    startCheckout({ cartId, email, userId: null }, { provider: provider(), appUrl: APP_URL, sessionMinutes: 30, limits: noHoardingLimits });

  function event(type: string, object: object, id = `evt_${randomBytes(8).toString('hex')}`) {
    const payload = JSON.stringify({ id, object: 'event', type, api_version: STRIPE_API_VERSION, created: 1, data: { object } });
    return { id, payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) };
  }
  /** What Stripe's delivery gets back: the webhook only records the event and queues its job. */
  const deliver = (e: { payload: string; signature: string }) =>
    handleStripeWebhook(e.payload, e.signature, { stripe, webhookSecret: WEBHOOK_SECRET });
  /** A worker's pass over the queue: every due payment job runs. */
  const runJobs = () => drainJobs({ [FULFIL_PAYMENT_TASK]: fulfilPaymentTaskWith(() => ({ provider: provider(), appUrl: APP_URL })) });

  return { fake, stripe, provider, checkout, event, deliver, runJobs, close: () => fake.close() };
}

export const orderOf = (orderId: string) => db.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true } });
export const confirmations = (orderId: string) => db.outboxMessage.count({ where: { dedupeKey: `order-confirmation:${orderId}` } });
