import 'server-only';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { consumeAll, describeWait } from '@/lib/rate-limit/service';

/**
 * How much of the shelf unpaid checkouts may hold (issue 12, hole 1). A
 * checkout past any of these still opens, but reserves nothing: its stock is
 * taken when the payment arrives, and refunded if it is gone by then.
 */
export interface CheckoutLimits {
  /** Share of a variant's sellable stock (on the shelf plus held) that unpaid checkouts may hold together, in percent. */
  unpaidSharePercent: number;
  /** Reserved, unpaid checkouts one client IP or one e-mail may hold at once. */
  clientMaxReservedSessions: number;
  /** Reserved, unpaid units one client IP or one e-mail may hold at once. */
  clientMaxReservedUnits: number;
  startsPerIpHour: number;
  startsPerCartHour: number;
}

export const DEFAULT_CHECKOUT_LIMITS: CheckoutLimits = {
  unpaidSharePercent: 50,
  clientMaxReservedSessions: 2,
  clientMaxReservedUnits: 10,
  startsPerIpHour: 20,
  startsPerCartHour: 6,
};

export function checkoutLimitsFromEnv(): CheckoutLimits {
  const config = env();
  return {
    unpaidSharePercent: config.CHECKOUT_UNPAID_SHARE_PERCENT,
    clientMaxReservedSessions: config.CHECKOUT_CLIENT_MAX_RESERVED_SESSIONS,
    clientMaxReservedUnits: config.CHECKOUT_CLIENT_MAX_RESERVED_UNITS,
    startsPerIpHour: config.CHECKOUT_STARTS_PER_IP_HOUR,
    startsPerCartHour: config.CHECKOUT_STARTS_PER_CART_HOUR,
  };
}

const HOUR = 3_600_000;

/**
 * Counts a checkout start against its client IP and its cart; refuses past
 * either. The storefront always passes the IP; in-process callers (bench) may not.
 */
export async function limitCheckoutStarts(
  input: { clientIp: string | null; cartId: string },
  limits: CheckoutLimits,
  now: Date,
): Promise<void> {
  const checks = [{ rule: { name: 'checkout-start:cart', limit: limits.startsPerCartHour, windowMs: HOUR }, subject: input.cartId }];
  if (input.clientIp)
    checks.push({ rule: { name: 'checkout-start:ip', limit: limits.startsPerIpHour, windowMs: HOUR }, subject: input.clientIp });
  const result = await consumeAll(checks, { now });
  if (!result.allowed) {
    throw new AppError('RATE_LIMITED', `Too many checkouts were started from here. Please try again ${describeWait(result.resetAt, now)}.`);
  }
}

/** Whether a new checkout may hold `wanted` units of a variant: the pure rule, unit-testable. */
export function withinUnpaidShare(line: { onShelf: number; held: number; wanted: number }, sharePercent: number): boolean {
  const sellable = line.onShelf + line.held;
  return line.wanted <= line.onShelf && line.held + line.wanted <= Math.floor((sellable * sharePercent) / 100);
}
