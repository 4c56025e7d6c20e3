import 'server-only';
import { env } from '@/lib/env';
import type { PaymentProvider } from './provider';
import { stripeClient } from './stripe-client';
import { stripeProvider } from './stripe-provider';
import { testProvider } from './test-provider';

let provider: PaymentProvider | undefined;

/** The payment provider this deployment uses (see PAYMENTS_PROVIDER in the README). */
export function paymentProvider(): PaymentProvider {
  provider ??= env().PAYMENTS_PROVIDER === 'stripe' ? stripeProvider(stripeClient()) : testProvider(env().APP_URL);
  return provider;
}
