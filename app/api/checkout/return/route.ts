import type { NextRequest } from 'next/server';
import { forgetCartCookie } from '@/lib/cart/current';
import { paymentProvider } from '@/lib/checkout';
import { reconcileCheckout } from '@/lib/checkout/fulfil';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * The payment provider sends the shopper here after paying. It settles the
 * order at once (the webhook may arrive later, or never reach us first),
 * forgets the emptied cart and shows the success page.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const sessionId = request.nextUrl.searchParams.get('session_id') ?? '';
  if (!/^[\w-]{8,200}$/.test(sessionId)) return Response.redirect(new URL('/cart', env().APP_URL), 303);
  try {
    const { outcome } = await reconcileCheckout(sessionId, { provider: paymentProvider(), appUrl: env().APP_URL });
    if (outcome === 'fulfilled' || outcome === 'already-fulfilled') await forgetCartCookie();
  } catch (error) {
    // The provider could not be asked right now: the webhook will settle the order.
    console.error('[checkout] could not settle on return', error);
  }
  return Response.redirect(new URL(`/checkout/success?session_id=${encodeURIComponent(sessionId)}`, env().APP_URL), 303);
}
