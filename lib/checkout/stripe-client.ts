import 'server-only';
import type Stripe from 'stripe';
import { env } from '@/lib/env';
import { createStripeClient } from './stripe-provider';

let client: Stripe | undefined;

/** One Stripe client per process, configured from the environment. */
export function stripeClient(): Stripe {
  const config = env();
  if (!config.STRIPE_SECRET_KEY) throw new Error('STRIPE_SECRET_KEY is not set');
  client ??= createStripeClient({ secretKey: config.STRIPE_SECRET_KEY, apiBase: config.STRIPE_API_BASE });
  return client;
}
