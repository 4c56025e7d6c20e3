import type { RateLimitRule } from '@/lib/rate-limit/service';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const signInRateLimits = {
  perEmail: { name: 'sign-in:email', limit: 5, windowMs: FIFTEEN_MINUTES },
  perIp: { name: 'sign-in:ip', limit: 20, windowMs: FIFTEEN_MINUTES },
} satisfies Record<string, RateLimitRule>;

/** Fresh sign-in links sent when a money or role action finds the sign-in too old. */
export const reauthRateLimit: RateLimitRule = { name: 'reauth:email', limit: 3, windowMs: FIFTEEN_MINUTES };
