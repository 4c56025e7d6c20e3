import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheInstance, type CacheInstance } from '../support/cache-instance';
import { localBuildId, productPageTags } from '../support/page-cache';
import { startRedis, type RunningRedis } from '../support/redis-server';
import { relayTo } from '../support/tcp-cut';

/**
 * When Redis goes away, pages are still served (from this instance's local copies, or rendered), no cache call
 * waits longer than the short timeout, the outage is logged and counted, and everything recovers when it is back.
 */
let redis: RunningRedis;
let a: CacheInstance;
let b: CacheInstance;
const buildId = localBuildId();
/** Well above REDIS_TIMEOUT_MS (500 ms): a cache call that takes longer than this is a hanging request. */
const PROMPT_MS = 1_500;

beforeAll(async () => {
  redis = await startRedis();
  [a, b] = await Promise.all([
    startCacheInstance({ REDIS_URL: redis.url }, { buildId }),
    startCacheInstance({ REDIS_URL: redis.url }, { buildId }),
  ]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
});

const body = async (instance: CacheInstance, key: string) => {
  const { result, ms } = await instance.call<{ body: string } | null>('get', { key });
  expect(ms).toBeLessThan(PROMPT_MS);
  return result?.body ?? null;
};

async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const reads = async (instance: CacheInstance) => (await instance.call<Record<string, number>>('reads')).result;
const messages = (instance: CacheInstance) => instance.logs().map((line) => line.msg);

describe('the shared page cache when Redis goes down', () => {
  it('keeps serving when Redis dies: no call throws or hangs, pages are rendered then kept locally, the outage is logged and counted', async () => {
    await a.call('set', { key: '/products/kept', body: 'before', tags: productPageTags('kept') });
    expect(await body(b, '/products/kept')).toBe('before');
    const errorsBefore = (await reads(b)).error ?? 0;

    await redis.kill();
    expect(await body(b, '/products/kept')).toBeNull(); // Next renders it…
    const { ms } = await b.call('set', { key: '/products/kept', body: 'rendered while down', tags: productPageTags('kept') });
    expect(ms).toBeLessThan(PROMPT_MS);
    expect(await body(b, '/products/kept')).toBe('rendered while down'); // …and serves its local copy from then on
    await a.call('revalidateTag', { tags: ['_N_T_/products/kept'] }); // a staff edit on A during the outage: no error

    expect((await reads(b)).error).toBeGreaterThan(errorsBefore);
    expect(messages(b)).toContain('shared cache (Redis) unreachable: serving local copies');
    expect(b.logs().find((line) => line.msg.includes('unreachable'))?.level).toBe(50); // error
  });

  it('recovers when Redis is back: shares again, and drops the local copies kept during the outage', async () => {
    await redis.revive();
    await until(async () => {
      await a.call('set', { key: '/products/after', body: 'after', tags: productPageTags('after') });
      return (await body(b, '/products/after')) === 'after';
    });
    expect(await body(b, '/products/kept')).toBeNull(); // not the local copy: another instance may have changed it
    expect(messages(b)).toContain('shared cache (Redis) is back');
  });

  it('does not hang on a Redis that stops answering, and a revalidation made meanwhile still reaches the others', async () => {
    await a.call('set', { key: '/products/sentinel', body: 'sentinel', tags: productPageTags('sentinel') });
    await a.call('set', { key: '/products/hung', body: '$49', tags: productPageTags('hung') });
    expect(await body(b, '/products/hung')).toBe('$49');

    redis.pause();
    try {
      expect(await body(b, '/products/hung')).toBeNull(); // gave up within the timeout: rendered instead
      const { ms } = await a.call('revalidateTag', { tags: ['_N_T_/products/hung'] }); // the price changes on A
      expect(ms).toBeLessThan(PROMPT_MS);
    } finally {
      redis.resume();
    }
    // Redis kept the old page, but the revalidation A sent meanwhile is applied when Redis answers again.
    await until(async () => (await body(a, '/products/sentinel')) === 'sentinel' && (await body(b, '/products/sentinel')) === 'sentinel');
    expect(await body(b, '/products/hung')).toBeNull();
  }, 30_000);
});

describe('an instance cut off from Redis while the others still reach it', () => {
  it('replays the revalidations it made meanwhile once it reconnects, so the others stop serving the old page', async () => {
    const relay = await relayTo(redis.port);
    const cutOff = await startCacheInstance({ REDIS_URL: relay.url }, { buildId });
    try {
      await cutOff.call('set', { key: '/products/split', body: '$49', tags: productPageTags('split') });
      expect(await body(b, '/products/split')).toBe('$49');

      relay.cut();
      await cutOff.call('revalidateTag', { tags: ['_N_T_/products/split'] }); // a price edit on the cut-off instance
      expect(await body(b, '/products/split')).toBe('$49'); // B cannot know yet: Redis never heard of it

      relay.mend();
      await until(async () => (await body(b, '/products/split')) === null);
      expect(messages(cutOff)).toContain('shared cache (Redis) is back');
    } finally {
      await cutOff.stop();
      await relay.close();
    }
  }, 30_000);
});

describe('the page cache without REDIS_URL', () => {
  it("is Next's own cache: kept within the instance, never shared, no Redis involved", async () => {
    const [one, two] = await Promise.all([startCacheInstance({ REDIS_URL: undefined }), startCacheInstance({ REDIS_URL: undefined })]);
    try {
      await one.call('set', { key: '/products/alone', body: 'local', tags: productPageTags('alone') });
      expect(await body(one, '/products/alone')).toBe('local');
      expect(await body(two, '/products/alone')).toBeNull();
      await one.call('revalidateTag', { tags: ['_N_T_/products/alone'] });
      expect(await body(one, '/products/alone')).toBeNull(); // a staff edit expires it (in this instance only)
      expect(messages(one).some((msg) => msg.includes('Redis'))).toBe(false);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });
});
