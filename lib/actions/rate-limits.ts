import 'server-only';
import { headers } from 'next/headers';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { consumeAll, describeWait, type RateLimitRule } from '@/lib/rate-limit/service';

/** The address the request came from, as the rate limits count it. */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** Counts the attempt against every rule; over any of them it refuses, saying when to try again. */
export async function enforceRateLimits(
  checks: { rule: RateLimitRule; subject: string }[],
  tooMany: (wait: string) => string,
): Promise<void> {
  const limit = await consumeAll(checks);
  if (!limit.allowed) throw new AppError('RATE_LIMITED', tooMany(describeWait(limit.resetAt)));
}
