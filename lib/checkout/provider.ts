import type { ShippingRate } from './shipping';

/**
 * What the store needs from a payment provider. Stripe implements it against
 * Stripe Checkout; the built-in `test` provider against a local page. Both are
 * driven by the same checkout and fulfilment code.
 */
export interface CheckoutLine {
  sku: string;
  name: string;
  unitAmount: number;
  quantity: number;
}

export interface CreateSessionInput {
  orderId: string;
  orderNumber: string;
  currency: string;
  email: string | null;
  lines: CheckoutLine[];
  shippingRates: ShippingRate[];
  allowedCountries: readonly string[];
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  /** One per checkout attempt: a retried request creates no second session. */
  idempotencyKey: string;
}

export interface ShippingDetails {
  name: string;
  address: { line1: string; line2?: string | null; city: string; postalCode: string; state?: string | null; country: string };
}

/** A checkout session as the provider reports it: the source of truth for fulfilment. */
export interface ProviderSession {
  id: string;
  orderId: string | null;
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'paid' | 'unpaid' | 'no_payment_required';
  currency: string;
  amountSubtotal: number;
  amountShipping: number;
  amountDiscount: number;
  amountTax: number;
  amountTotal: number;
  email: string | null;
  shipping: ShippingDetails | null;
  shippingMethod: string | null;
  paymentIntentId: string | null;
}

export interface RefundInput {
  paymentIntentId: string;
  amount: number;
  currency: string;
  /** One per refund attempt: a retried request refunds once. */
  idempotencyKey: string;
  metadata: Record<string, string>;
}

export type RefundResult = { status: 'succeeded' | 'pending'; id: string } | { status: 'failed'; id: string | null; reason: string };

export interface PaymentProvider {
  readonly name: 'stripe' | 'test';
  /** Pays `amount` back on a payment. A charge that is already fully refunded counts as success. */
  refund(input: RefundInput): Promise<RefundResult>;
  createSession(input: CreateSessionInput): Promise<{ id: string; url: string }>;
  retrieveSession(sessionId: string): Promise<ProviderSession>;
  /** Ends an open session so it can no longer be paid; a no-op if it already ended. */
  expireSession(sessionId: string): Promise<void>;
}
