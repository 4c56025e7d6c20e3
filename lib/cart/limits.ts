import 'server-only';
import { enforceRateLimits, requestIp } from '@/lib/actions/rate-limits';
import type { RateLimitRule } from '@/lib/rate-limit/service';

/**
 * Cart writes are cheap for a visitor and each one without a cookie makes a
 * cart row, so they are counted per address (before any cart is made) and
 * per cart. Generous: a shopper changing quantities never meets them.
 */
const TEN_MINUTES = 10 * 60_000;
export const CART_WRITES_PER_IP: RateLimitRule = { name: 'cart-write:ip', limit: 120, windowMs: TEN_MINUTES };
export const CART_WRITES_PER_CART: RateLimitRule = { name: 'cart-write:cart', limit: 60, windowMs: TEN_MINUTES };

const tooMany = (wait: string) => `Too many cart changes from here. Please try again ${wait}.`;

export async function limitCartWritesByIp(): Promise<void> {
  await enforceRateLimits([{ rule: CART_WRITES_PER_IP, subject: await requestIp() }], tooMany);
}

export async function limitCartWritesByCart(cartId: string): Promise<void> {
  await enforceRateLimits([{ rule: CART_WRITES_PER_CART, subject: cartId }], tooMany);
}
