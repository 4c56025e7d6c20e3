import { stripeClient } from '@/lib/checkout/stripe-client';
import { handleStripeWebhook } from '@/lib/payments/webhook-dispatch';
import { env } from '@/lib/env';
import { readLimitedBody } from '@/lib/http/read-body';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';

export const dynamic = 'force-dynamic';

/** Stripe's events are a few kilobytes; anything near this is not from Stripe. */
const MAX_BYTES = 1024 * 1024;

/**
 * Stripe calls this; the signature on the raw body is the caller's proof of identity. It answers as soon as the event
 * is recorded and its job queued: fulfilment runs in the job queue (lib/payments/fulfil-task.ts), not here.
 */
export async function POST(request: Request): Promise<Response> {
  const config = env();
  if (config.PAYMENTS_PROVIDER !== 'stripe' || !config.STRIPE_WEBHOOK_SECRET) {
    return Response.json({ error: 'Stripe is not configured on this store.' }, { status: 404 });
  }
  const body = await readLimitedBody(request, MAX_BYTES);
  if (!body.ok) return Response.json({ error: 'The event is larger than 1 MB.' }, { status: 413 });
  try {
    const result = await handleStripeWebhook(body.bytes.toString('utf8'), request.headers.get('stripe-signature'), {
      stripe: stripeClient(),
      webhookSecret: config.STRIPE_WEBHOOK_SECRET,
    });
    return Response.json(result.body, { status: result.status });
  } catch (error) {
    // Stripe retries non-2xx deliveries with back-off: a transient failure here (the database) is retried.
    metrics.webhookFailures.inc();
    log.error({ err: error }, 'stripe webhook could not be recorded');
    return Response.json({ error: 'Recording failed; Stripe will retry.' }, { status: 500 });
  }
}
