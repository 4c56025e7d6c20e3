import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

/**
 * Fixed-window rate limits kept in PostgreSQL, so every app instance counts
 * against the same budget. One atomic upsert per check: concurrent requests
 * cannot both slip under the limit.
 */
export interface RateLimitRule {
  /** Namespaces the counter, e.g. "sign-in:email". */
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  resetAt: Date;
}

export async function consumeRateLimit(
  rule: RateLimitRule,
  subject: string,
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<RateLimitResult> {
  const now = options.now ?? new Date();
  const key = `${rule.name}:${subject.toLowerCase()}`;
  const freshReset = new Date(now.getTime() + rule.windowMs);
  const [row] = await client.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitBucket" (key, count, "resetAt") VALUES (${key}, 1, ${freshReset})
    ON CONFLICT (key) DO UPDATE SET
      count     = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN 1 ELSE "RateLimitBucket".count + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN ${freshReset} ELSE "RateLimitBucket"."resetAt" END
    RETURNING count, "resetAt"`;
  const count = row!.count;
  return { allowed: count <= rule.limit, remaining: Math.max(0, rule.limit - count), resetAt: row!.resetAt };
}

/** Checks every rule (each counts the attempt) and reports the first one exceeded. */
export async function consumeAll(
  checks: { rule: RateLimitRule; subject: string }[],
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<RateLimitResult & { rule?: RateLimitRule }> {
  const results = await Promise.all(
    checks.map(async (c) => ({ ...(await consumeRateLimit(c.rule, c.subject, options, client)), rule: c.rule })),
  );
  const blocked = results.find((r) => !r.allowed);
  return (
    blocked ?? {
      allowed: true,
      remaining: Math.min(...results.map((r) => r.remaining)),
      resetAt: new Date(Math.max(...results.map((r) => r.resetAt.getTime()))),
    }
  );
}

/** Deletes expired counters; run now and then as a background job (lib/jobs). */
export async function pruneRateLimits(now = new Date(), client: DbOrTx = db): Promise<number> {
  const { count } = await client.rateLimitBucket.deleteMany({ where: { resetAt: { lt: now } } });
  return count;
}

/** "in 12 minutes" style wording for limit messages. */
export function describeWait(resetAt: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 60_000));
  return minutes >= 90 ? `in about ${Math.round(minutes / 60)} hours` : `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
