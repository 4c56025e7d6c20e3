import { describe, expect, it } from 'vitest';
import { createDb, db } from '@/lib/db';
import { consumeRateLimit, pruneRateLimits } from '@/lib/rate-limit/service';

const rule = { name: 'test', limit: 20, windowMs: 60 * 60 * 1000 };

describe('PostgreSQL rate limits', () => {
  it('let exactly `limit` requests through under concurrency from two app instances', async () => {
    const otherInstance = createDb(process.env.DATABASE_URL!, 5);
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => consumeRateLimit(rule, '203.0.113.9', {}, i % 2 ? otherInstance : db)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(20);
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it('count each subject separately, case-insensitively, and start afresh after the window', async () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const small = { name: 'small', limit: 2, windowMs: 60_000 };
    expect((await consumeRateLimit(small, 'A@x.test', { now })).allowed).toBe(true);
    expect((await consumeRateLimit(small, 'a@x.test', { now })).allowed).toBe(true);
    const third = await consumeRateLimit(small, 'a@x.test', { now });
    expect(third).toMatchObject({ allowed: false, remaining: 0 });
    expect(third.resetAt.toISOString()).toBe('2026-11-22T12:01:00.000Z');
    expect((await consumeRateLimit(small, 'b@x.test', { now })).allowed).toBe(true);

    const later = new Date('2026-11-22T12:01:00Z');
    expect(await consumeRateLimit(small, 'a@x.test', { now: later })).toMatchObject({ allowed: true, remaining: 1 });
    expect(await pruneRateLimits(new Date('2026-11-22T13:00:00Z'))).toBeGreaterThanOrEqual(2);
  });
});
