import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { log } from '@/lib/observability/log';
import { consumeRateLimit, describeWait } from '@/lib/rate-limit/service';
import { reconcileCheckout } from './fulfil';
import type { PaymentProvider } from './provider';

/**
 * Where the payment provider sends the shopper back. Only sessions we
 * created are looked at (found in our database): an unknown id never reaches
 * the provider. Rate-limited per client IP, since each known id may cost a
 * call to the provider.
 */
export const RETURN_RULE = { name: 'checkout-return:ip', limit: 30, windowMs: 10 * 60_000 };

export type CheckoutReturn =
  { kind: 'rate-limited'; message: string } | { kind: 'unknown' } | { kind: 'order'; orderId: string; number: number; paid: boolean };

export async function returnFromCheckout(
  sessionId: string,
  clientIp: string,
  deps: { provider: PaymentProvider; appUrl: string; now?: () => Date },
  client: DbOrTx = db,
): Promise<CheckoutReturn> {
  const now = (deps.now ?? (() => new Date()))();
  const limit = await consumeRateLimit(RETURN_RULE, clientIp, { now }, client);
  if (!limit.allowed) {
    const wait = describeWait(limit.resetAt, now);
    return { kind: 'rate-limited', message: `Too many requests. Please try again ${wait}; your confirmation e-mail has your order.` };
  }
  if (!/^[\w-]{8,200}$/.test(sessionId)) return { kind: 'unknown' };
  const order = await client.order.findUnique({ where: { checkoutSessionId: sessionId }, select: { id: true, number: true } });
  if (!order) return { kind: 'unknown' };
  try {
    await reconcileCheckout(sessionId, { ...deps, now: () => now }, client);
  } catch (error) {
    // The provider could not be asked right now: the webhook (or the sweep) will settle the order.
    log.error({ err: error, sessionId }, "could not settle a checkout on the shopper's return; the webhook or the sweep will");
  }
  const after = await client.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } });
  return { kind: 'order', orderId: order.id, number: order.number, paid: after.status !== 'PENDING' && after.status !== 'CANCELLED' };
}
