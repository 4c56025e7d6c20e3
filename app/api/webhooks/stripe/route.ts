import { paymentProvider } from '@/lib/checkout';
import { stripeClient } from '@/lib/checkout/stripe-client';
import { handleStripeWebhook } from '@/lib/payments/webhook-dispatch';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** Stripe calls this; the signature on the raw body is the caller's proof of identity. */
export async function POST(request: Request): Promise<Response> {
  const config = env();
  if (config.PAYMENTS_PROVIDER !== 'stripe' || !config.STRIPE_WEBHOOK_SECRET) {
    return Response.json({ error: 'Stripe is not configured on this store.' }, { status: 404 });
  }
  try {
    const result = await handleStripeWebhook(await request.text(), request.headers.get('stripe-signature'), {
      stripe: stripeClient(),
      webhookSecret: config.STRIPE_WEBHOOK_SECRET,
      provider: paymentProvider(),
      appUrl: config.APP_URL,
    });
    return Response.json(result.body, { status: result.status });
  } catch (error) {
    // Stripe retries non-2xx deliveries with back-off: a transient failure here is retried.
    console.error('[stripe webhook] processing failed', error);
    return Response.json({ error: 'Processing failed; Stripe will retry.' }, { status: 500 });
  }
}
