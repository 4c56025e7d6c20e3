import 'server-only';
import { enforceRateLimits, requestIp } from '@/lib/actions/rate-limits';
import type { RateLimitRule } from '@/lib/rate-limit/service';

/**
 * Return requests and cancellations, counted per address before the signed
 * link or order is even looked up, then per order. A customer returns a few
 * items a year; these only stop a script.
 */
const HOUR = 60 * 60_000;
export const RETURN_WRITES_PER_IP: RateLimitRule = { name: 'return-write:ip', limit: 30, windowMs: HOUR };
export const RETURN_WRITES_PER_ORDER: RateLimitRule = { name: 'return-write:order', limit: 10, windowMs: HOUR };

const tooMany = (wait: string) => `Too many return requests from here. Please try again ${wait}, or contact us.`;

export async function limitReturnWritesByIp(): Promise<void> {
  await enforceRateLimits([{ rule: RETURN_WRITES_PER_IP, subject: await requestIp() }], tooMany);
}

export async function limitReturnWritesByOrder(orderId: string): Promise<void> {
  await enforceRateLimits([{ rule: RETURN_WRITES_PER_ORDER, subject: orderId }], tooMany);
}
