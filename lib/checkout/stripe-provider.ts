import 'server-only';
import Stripe from 'stripe';
import type { CreateSessionInput, PaymentProvider, ProviderSession } from './provider';

/**
 * Stripe Checkout behind the store's provider interface. The API version is
 * pinned: Stripe renames fields and values between versions (Checkout's
 * `ui_mode` among them), and this code is written against this one.
 */
export const STRIPE_API_VERSION = '2026-10-28.endive' as const;

export interface StripeSettings {
  secretKey: string;
  /** e.g. http://127.0.0.1:12111 for a local stand-in of the API (tests, benchmarks). */
  apiBase?: string;
  maxNetworkRetries?: number;
}

export function createStripeClient(settings: StripeSettings): Stripe {
  const base = settings.apiBase ? new URL(settings.apiBase) : null;
  return new Stripe(settings.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: settings.maxNetworkRetries ?? 3,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'qlclaw-store' },
    ...(base && { host: base.hostname, port: Number(base.port), protocol: base.protocol.replace(':', '') as 'http' | 'https' }),
  });
}

export function stripeProvider(stripe: Stripe): PaymentProvider {
  return {
    name: 'stripe',

    async createSession(input: CreateSessionInput) {
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          ui_mode: 'hosted_page',
          client_reference_id: input.orderId,
          metadata: { orderId: input.orderId, orderNumber: input.orderNumber },
          payment_intent_data: { metadata: { orderId: input.orderId, orderNumber: input.orderNumber } },
          customer_email: input.email ?? undefined,
          line_items: input.lines.map((line) => ({
            quantity: line.quantity,
            price_data: {
              currency: input.currency.toLowerCase(),
              unit_amount: line.unitAmount,
              product_data: { name: line.name, metadata: { sku: line.sku } },
            },
          })),
          shipping_address_collection: {
            allowed_countries: [
              ...input.allowedCountries,
            ] as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry[],
          },
          shipping_options: input.shippingRates.map((rate) => ({
            shipping_rate_data: {
              type: 'fixed_amount',
              display_name: rate.label,
              fixed_amount: { amount: rate.price.amount, currency: rate.price.currency.toLowerCase() },
              metadata: { rate: rate.id },
              delivery_estimate: {
                minimum: { unit: 'business_day', value: rate.deliveryDays[0] },
                maximum: { unit: 'business_day', value: rate.deliveryDays[1] },
              },
            },
          })),
          allow_promotion_codes: true,
          success_url: input.successUrl,
          cancel_url: input.cancelUrl,
          expires_at: Math.floor(input.expiresAt.getTime() / 1000),
        },
        { idempotencyKey: input.idempotencyKey },
      );
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
      return { id: session.id, url: session.url };
    },

    async retrieveSession(sessionId: string): Promise<ProviderSession> {
      const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ['shipping_cost.shipping_rate'] });
      return toProviderSession(session);
    },

    async refund(input) {
      try {
        const refund = await stripe.refunds.create(
          { payment_intent: input.paymentIntentId, amount: input.amount, metadata: input.metadata },
          { idempotencyKey: input.idempotencyKey },
        );
        if (refund.status === 'failed' || refund.status === 'canceled') {
          return { status: 'failed', id: refund.id, reason: refund.failure_reason ?? `refund ${refund.status}` };
        }
        return { status: refund.status === 'succeeded' ? 'succeeded' : 'pending', id: refund.id };
      } catch (error) {
        if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'charge_already_refunded') {
          return { status: 'succeeded', id: `already-refunded:${input.paymentIntentId}` };
        }
        if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError) {
          return { status: 'failed', id: null, reason: error.message };
        }
        throw error;
      }
    },

    async expireSession(sessionId: string) {
      try {
        await stripe.checkout.sessions.expire(sessionId);
      } catch (error) {
        // Already complete or expired: nothing to end.
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
        throw error;
      }
    },
  };
}

export function toProviderSession(session: Stripe.Checkout.Session): ProviderSession {
  const shipping = session.collected_information?.shipping_details ?? null;
  const rate = session.shipping_cost?.shipping_rate;
  const totals = session.total_details;
  const intent = session.payment_intent;
  return {
    id: session.id,
    orderId: session.metadata?.orderId ?? session.client_reference_id ?? null,
    status: oneOf(session.status, ['complete', 'expired'] as const) ?? 'open',
    // Anything Stripe may add later counts as not paid.
    paymentStatus: oneOf(session.payment_status, ['paid', 'no_payment_required'] as const) ?? 'unpaid',
    currency: (session.currency ?? 'usd').toUpperCase(),
    amountSubtotal: session.amount_subtotal ?? 0,
    amountShipping: totals?.amount_shipping ?? session.shipping_cost?.amount_total ?? 0,
    amountDiscount: totals?.amount_discount ?? 0,
    amountTax: totals?.amount_tax ?? 0,
    amountTotal: session.amount_total ?? 0,
    email: session.customer_details?.email ?? session.customer_email ?? null,
    shipping: shipping
      ? {
          name: shipping.name,
          address: {
            line1: shipping.address.line1 ?? '',
            line2: shipping.address.line2,
            city: shipping.address.city ?? '',
            postalCode: shipping.address.postal_code ?? '',
            state: shipping.address.state,
            country: shipping.address.country ?? '',
          },
        }
      : null,
    shippingMethod: rate && typeof rate === 'object' ? rate.display_name : null,
    paymentIntentId: typeof intent === 'string' ? intent : (intent?.id ?? null),
  };
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}
