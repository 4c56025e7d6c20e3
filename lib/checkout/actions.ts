'use server';

import { redirect } from 'next/navigation';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { getViewer } from '@/lib/auth/session';
import { findCurrentCartId } from '@/lib/cart/current';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { paymentProvider } from '.';
import { startCheckoutSchema, testPaymentSchema } from './schemas';
import { startCheckout } from './service';
import { payTestSession } from './test-provider';

/** Public: anyone with a cart may check out. Prices come from the database, not the form. */
export async function startCheckoutAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['email']);
  const parsed = startCheckoutSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let url: string;
  try {
    const [viewer, cartId] = await Promise.all([getViewer(), findCurrentCartId()]);
    if (!cartId) throw new AppError('UNPROCESSABLE', 'Your cart is empty.');
    const config = env();
    ({ url } = await startCheckout(
      { cartId, email: parsed.data.email ?? viewer?.email ?? null, userId: viewer?.id ?? null },
      { provider: paymentProvider(), appUrl: config.APP_URL, sessionMinutes: config.CHECKOUT_SESSION_MINUTES },
    ));
  } catch (error) {
    return failure(error, values);
  }
  redirect(url);
}

const TEST_FIELDS = ['email', 'name', 'line1', 'line2', 'city', 'postalCode', 'country', 'shippingRate', 'cardNumber'];

/**
 * The test provider's "pay" button. The session id is an unguessable token
 * from the URL; the outcome reaches the order through the same reconcile
 * code as a Stripe webhook.
 */
export async function payTestCheckoutAction(sessionId: string, _previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, TEST_FIELDS);
  if (env().PAYMENTS_PROVIDER !== 'test') return { ok: false, code: 'FORBIDDEN', message: 'Test checkout is switched off on this store.' };
  const parsed = testPaymentSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, { ...values, cardNumber: '' });
  const { email, name, line1, line2, city, postalCode, country, shippingRate, cardNumber } = parsed.data;
  try {
    const outcome = await payTestSession(sessionId, { email, shippingRate, cardNumber, shipping: { name, address: { line1, line2, city, postalCode, country } } });
    if (!outcome.ok) return { ok: false, code: 'UNPROCESSABLE', message: outcome.message, values: { ...values, cardNumber: '' } };
  } catch (error) {
    return failure(error, values);
  }
  // Where Stripe would send the shopper back: settles the order and clears the cart cookie.
  redirect(`/api/checkout/return?session_id=${encodeURIComponent(sessionId)}`);
}
