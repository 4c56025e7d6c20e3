import 'server-only';
import { forgetCartCookie } from '@/lib/cart/current';
import { env } from '@/lib/env';
import { formatOrderNumber } from '@/lib/orders/format';
import { paymentProvider } from '.';
import { rememberPaidOrder } from './paid-cookie';
import { returnFromCheckout } from './return';

export type ReturnLanding = { kind: 'rate-limited'; message: string } | { kind: 'go'; path: string };

/**
 * The shopper is back from the payment page: settle the order, forget the
 * emptied cart, mark this browser as the one that paid, and name the page to
 * land on (the order's own). Used by the return route (Stripe) and by the
 * test provider's pay button, whose redirect must not pass through a route
 * handler: a server action follows such a redirect on the server, and the
 * browser would never get the cookies.
 */
export async function landAfterPayment(sessionId: string, clientIp: string): Promise<ReturnLanding> {
  const result = await returnFromCheckout(sessionId, clientIp, { provider: paymentProvider(), appUrl: env().APP_URL });
  if (result.kind === 'rate-limited') return result;
  if (result.kind === 'unknown') return { kind: 'go', path: '/checkout/success' };
  await rememberPaidOrder(result.orderId);
  if (result.paid) await forgetCartCookie();
  return { kind: 'go', path: `/checkout/success/${formatOrderNumber(result.number)}` };
}
