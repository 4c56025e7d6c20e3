'use server';

import { refusal, type ActionResult } from '@/lib/action-result';
import { publicAction } from '@/lib/actions/public-action';
import { requestIp } from '@/lib/actions/rate-limits';
import { halt, redirectTo } from '@/lib/actions/run-action';
import { getViewer } from '@/lib/auth/session';
import { findCurrentCartId } from '@/lib/cart/current';
import { refreshStockPagesOf } from '@/lib/catalog/stock-pages';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { paymentProvider } from '.';
import { checkoutLimitsFromEnv } from './limits';
import { landAfterPayment } from './return-landing';
import { startCheckoutSchema, testPaymentSchema } from './schemas';
import { startCheckout } from './service';
import { payTestSession } from './test-provider';

/** Public: anyone with a cart may check out. Prices come from the database, not the form. */
export const startCheckoutAction = publicAction({ schema: startCheckoutSchema, fields: ['email'] }, async ({ email }) => {
  const [viewer, cartId, clientIp] = await Promise.all([getViewer(), findCurrentCartId(), requestIp()]);
  if (!cartId) throw new AppError('UNPROCESSABLE', 'Your cart is empty.');
  const config = env();
  const { orderId, url } = await startCheckout(
    { cartId, email: email ?? viewer?.email ?? null, userId: viewer?.id ?? null, clientIp },
    {
      provider: paymentProvider(),
      appUrl: config.APP_URL,
      sessionMinutes: config.CHECKOUT_SESSION_MINUTES,
      limits: checkoutLimitsFromEnv(),
    },
  );
  await refreshStockPagesOf({ orderId }); // the reservation took units off the shelf
  return redirectTo(url);
});

const TEST_FIELDS = ['email', 'name', 'line1', 'line2', 'city', 'postalCode', 'country', 'shippingRate', 'cardNumber'];

/** A refused form never gets the card number back. */
function readTestPayment(formData: FormData) {
  const input = Object.fromEntries(TEST_FIELDS.map((key) => [key, String(formData.get(key) ?? '')]));
  return { values: { ...input, cardNumber: '' }, input };
}

/**
 * The test provider's "pay" button. The session id is an unguessable token
 * from the URL; the outcome reaches the order through the same reconcile
 * code as a Stripe webhook.
 */
export async function payTestCheckoutAction(sessionId: string, previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return payTestCheckout(sessionId)(previous, formData);
}

function payTestCheckout(sessionId: string) {
  const switchedOn = async () =>
    env().PAYMENTS_PROVIDER === 'test'
      ? undefined
      : halt(refusal({ code: 'FORBIDDEN', message: 'Test checkout is switched off on this store.' }));
  return publicAction({ schema: testPaymentSchema, read: readTestPayment, caller: switchedOn }, async (payment, { values }) => {
    const { email, name, line1, line2, city, postalCode, country, shippingRate, cardNumber } = payment;
    const outcome = await payTestSession(sessionId, {
      email,
      shippingRate,
      cardNumber,
      shipping: { name, address: { line1, line2, city, postalCode, country } },
    });
    if (!outcome.ok) return refusal({ message: outcome.message, values });
    // What Stripe's return to /api/checkout/return does: settle the order, set the cookies, land on its page.
    const landing = await landAfterPayment(sessionId, await requestIp());
    return landing.kind === 'go' ? redirectTo(landing.path) : refusal({ code: 'RATE_LIMITED', message: landing.message, values });
  });
}
