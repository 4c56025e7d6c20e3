import { requestIp } from '@/lib/actions/rate-limits';
import { landAfterPayment } from '@/lib/checkout/return-landing';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * The payment provider sends the shopper here after paying. The order is
 * settled at once (the webhook may arrive later) and the address bar moves to
 * the order's own page.
 */
export async function GET(request: Request): Promise<Response> {
  const sessionId = new URL(request.url).searchParams.get('session_id') ?? '';
  const landing = await landAfterPayment(sessionId, await requestIp());
  if (landing.kind === 'rate-limited') {
    return new Response(landing.message, {
      status: 429,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '600' },
    });
  }
  return Response.redirect(new URL(landing.path, env().APP_URL), 303);
}
