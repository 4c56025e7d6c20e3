import { requestIp } from '@/lib/actions/rate-limits';
import { forgetCartCookie } from '@/lib/cart/current';
import { paymentProvider } from '@/lib/checkout';
import { rememberPaidOrder } from '@/lib/checkout/paid-cookie';
import { returnFromCheckout } from '@/lib/checkout/return';
import { env } from '@/lib/env';
import { formatOrderNumber } from '@/lib/orders/format';

export const dynamic = 'force-dynamic';

/**
 * The payment provider sends the shopper here after paying. It settles the
 * order at once (the webhook may arrive later), forgets the emptied cart,
 * marks this browser as the one that paid, and moves the address bar to the
 * order's own page.
 */
export async function GET(request: Request): Promise<Response> {
  const sessionId = new URL(request.url).searchParams.get('session_id') ?? '';
  const appUrl = env().APP_URL;
  const result = await returnFromCheckout(sessionId, await requestIp(), { provider: paymentProvider(), appUrl });
  if (result.kind === 'rate-limited') {
    return new Response(result.message, {
      status: 429,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '600' },
    });
  }
  if (result.kind === 'unknown') return Response.redirect(new URL('/checkout/success', appUrl), 303);
  await rememberPaidOrder(result.orderId);
  if (result.paid) await forgetCartCookie();
  return Response.redirect(new URL(`/checkout/success/${formatOrderNumber(result.number)}`, appUrl), 303);
}
