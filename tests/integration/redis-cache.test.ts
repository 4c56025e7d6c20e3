import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expirePages } from '@/lib/cache/expire';
import { cacheStatus } from '@/lib/cache/status';
import { sweepExpiredCheckouts } from '@/lib/checkout/sweep';
import { testProvider } from '@/lib/checkout/test-provider';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { setStock } from '../factories/cart';
import { createOrder } from '../factories/orders';
import { startCacheInstance, type CacheInstance } from '../support/cache-instance';
import { localBuildId, productPageTags, routeTags } from '../support/page-cache';
import { startRedis, type RunningRedis } from '../support/redis-server';

/**
 * Two app instances on one Redis, each its own process loading lib/cache/cache-handler.mjs as Next does. What one
 * stores, the other serves; what one revalidates (a staff edit, a publish) or a background job expires (stock put
 * back by the checkout sweep), the other stops serving at its next request.
 */
let redis: RunningRedis;
let a: CacheInstance;
let b: CacheInstance;
const buildId = localBuildId(); // none: both sides use the 'dev' prefix

beforeAll(async () => {
  redis = await startRedis();
  process.env.REDIS_URL = redis.url; // this process plays the worker: jobs expire pages through the same Redis
  [a, b] = await Promise.all([
    startCacheInstance({ REDIS_URL: redis.url }, { buildId }),
    startCacheInstance({ REDIS_URL: redis.url }, { buildId }),
  ]);
});

afterAll(async () => {
  delete process.env.REDIS_URL;
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
});

const page = (key: string) => b.call<{ body: string } | null>('get', { key }).then(({ result }) => result?.body ?? null);

describe('the shared page cache (REDIS_URL set)', () => {
  it('serves on one instance the page another rendered, with no render of its own', async () => {
    await a.call('set', { key: '/products/one', body: '<p>$49.00</p>', tags: productPageTags('one') });
    expect(await page('/products/one')).toBe('<p>$49.00</p>');
    const { result } = await b.call<Record<string, number>>('reads');
    expect(result.hit).toBeGreaterThanOrEqual(1);
  });

  it('expires a product page on every instance when one revalidates its path (a staff price edit)', async () => {
    await a.call('set', { key: '/products/two', body: '<p>$49.00</p>', tags: productPageTags('two') });
    await a.call('set', { key: '/products/other', body: '<p>other</p>', tags: productPageTags('other') });
    expect(await page('/products/two')).toBe('<p>$49.00</p>');

    await a.call('revalidateTag', { tags: ['_N_T_/products/two'] }); // revalidatePath('/products/two') in the action
    expect(await page('/products/two')).toBeNull(); // B renders the new price at its next request
    expect(await page('/products/other')).toBe('<p>other</p>');
  });

  it('expires the sitemap and the feed (route handlers) on every instance after a publish', async () => {
    await a.call('set', { key: '/sitemap.xml', kind: 'APP_ROUTE', body: '<urlset/>', tags: routeTags('/sitemap.xml') });
    await a.call('set', { key: '/blog/rss.xml', kind: 'APP_ROUTE', body: '<rss/>', tags: routeTags('/blog/rss.xml') });
    const route = (key: string) =>
      b.call<{ body: string } | null>('get', { key, kind: 'APP_ROUTE' }).then(({ result }) => result?.body ?? null);
    expect(await route('/sitemap.xml')).toBe('<urlset/>');

    await a.call('revalidateTag', { tags: ['_N_T_/sitemap.xml', '_N_T_/blog/rss.xml'] }); // lib/content/revalidate.ts
    expect(await route('/sitemap.xml')).toBeNull();
    expect(await route('/blog/rss.xml')).toBeNull();
  });

  it('expires every page under the root layout at once (revalidatePath("/", "layout") after an article change)', async () => {
    await a.call('set', { key: '/products/three', body: 'three', tags: productPageTags('three') });
    await a.call('set', {
      key: '/blog/hello',
      body: 'hello',
      tags: ['_N_T_/layout', '_N_T_/blog/layout', '_N_T_/blog/[slug]/page', '_N_T_/blog/hello'],
    });
    await a.call('revalidateTag', { tags: ['_N_T_/layout'] });
    expect(await page('/products/three')).toBeNull();
    expect(await page('/blog/hello')).toBeNull();
  });

  it('lets a background job, outside any request, expire a page on every instance', async () => {
    await a.call('set', { key: '/products/four', body: 'four', tags: productPageTags('four') });
    await expirePages(['/products/four']);
    expect(await page('/products/four')).toBeNull();
  });

  it('refreshes the product page everywhere when the checkout sweep puts low stock back on the shelf', async () => {
    await seed(db);
    const variant = await db.productVariant.findFirstOrThrow({ select: { sku: true, product: { select: { slug: true } } } });
    await setStock(variant.sku, 3); // "Only 3 left": the page shows the count
    const twentyMinutesAgo = new Date(Date.now() - 20 * 60_000);
    await createOrder(db, { status: 'PENDING', items: [{ sku: variant.sku, quantity: 2 }], createdAt: twentyMinutesAgo });
    const key = `/products/${variant.product.slug}`;
    await a.call('set', { key, body: 'Only 3 left', tags: productPageTags(variant.product.slug) });

    const tally = await sweepExpiredCheckouts({ provider: testProvider('http://localhost:3000'), appUrl: 'http://localhost:3000' });
    expect(tally.released).toBe(1);
    expect(await page(key)).toBeNull(); // B renders "Only 5 left" at its next request
  });

  it('keeps builds apart: a new deploy never serves pages the build before rendered', async () => {
    const next = await startCacheInstance({ REDIS_URL: redis.url }, { buildId: `${buildId ?? 'dev'}-next` });
    try {
      await a.call('set', { key: '/products/five', body: 'old build', tags: productPageTags('five') });
      expect((await next.call('get', { key: '/products/five' })).result).toBeNull();
    } finally {
      await next.stop();
    }
  });

  it('tells the health check it runs on Redis, and that Redis answers', async () => {
    expect(await cacheStatus()).toEqual({ engine: 'redis', ok: true });
  });
});
