import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import * as fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { sharedStore } from './shared-store.mjs';
import { countRead } from './telemetry.mjs';

// A CommonJS module with `exports.default`: Node's own loader hands us the exports object (class under .default),
// while Turbopack, which bundles this file into the server's chunks, hands us the class itself one level up.
const FileSystemCache = fileSystemCacheModule.default?.default ?? fileSystemCacheModule.default;

/**
 * Next's cacheHandler (next.config.mjs): where ISR pages, route handlers (sitemap, feed) and their tags live.
 * - REDIS_URL set: @fortedigital/nextjs-cache-handler on Redis, shared by every instance (./shared-store.mjs), so a
 *   revalidatePath on one instance expires the page on all of them at the next request.
 * - REDIS_URL unset, in `next dev`, and during `next build`: Next's own file-system cache, exactly as without a
 *   handler (one build serves both; the build writes its prerendered pages to disk as always).
 * Next constructs one instance per request; the Redis connection and the library's configuration are per process.
 */
const REDIS_URL = process.env.REDIS_URL?.trim() || undefined;
const ENGINE = Symbol.for('qlclaw.cache.engine');

CacheHandler.onCreation(({ buildId }) => ({
  handlers: [sharedStore({ url: REDIS_URL, buildId }).handler],
  // Next's `revalidate` is the stale age; the library keeps an entry 1.5 times that in Redis (its default).
}));

function usesRedis(context) {
  return Boolean(REDIS_URL) && !context?.dev && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD;
}

export default class QlClawCacheHandler {
  constructor(context) {
    this.redis = usesRedis(context);
    this.delegate = this.redis ? new CacheHandler(context) : new FileSystemCache(context);
    // Lets code outside a request (background jobs) expire pages in this process: lib/cache/expire.ts.
    globalThis[ENGINE] ??= { engine: this.redis ? 'redis' : 'next', revalidateTags: (tags) => this.delegate.revalidateTag(tags) };
  }

  async get(key, context) {
    const entry = await this.delegate.get(key, context);
    if (!this.redis) countRead(entry ? 'hit' : 'miss'); // the Redis handler counts its own reads (and errors)
    return entry;
  }

  set(key, data, context) {
    return this.delegate.set(key, data, context);
  }

  revalidateTag(tags, durations) {
    return this.delegate.revalidateTag(tags, durations);
  }

  resetRequestCache() {
    this.delegate.resetRequestCache?.();
  }
}
