import { createClient } from '@redis/client';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { flushPrefix, sleep, withRouteTags, withTimeout } from './redis-helpers.mjs';
import { cacheLog, countRead, isStaleEntry } from './telemetry.mjs';

/** How long one cache operation may wait on Redis before the page is served without it. */
export const REDIS_TIMEOUT_MS = 500;
/** After a failed or slow call, Redis is left alone this long (pages use the local copy) before it is tried again. */
const BACKOFF_MS = 5_000;
/** Path revalidations made while Redis was away, replayed when it is back (more than this: the whole build prefix is dropped). */
const MAX_PENDING_TAGS = 500;
const STORES = Symbol.for('qlclaw.cache.shared-stores');

/**
 * The shared page cache of one process: @fortedigital/nextjs-cache-handler's redis-strings handler on one Redis
 * connection, with its local-lru handler as the fallback while Redis is down (so pages are still served from a
 * local copy, as on one machine). One per process (globalThis), shared by the cache handler Next loads, the
 * background jobs that expire pages (lib/cache/expire.ts) and the health check (lib/cache/status.ts).
 * Keys are prefixed with REDIS_KEY_PREFIX and the build id: a deploy never serves pages (and chunk names) of the
 * build before; entries of an old build expire on their own (1.5 × their revalidate time).
 */
export function sharedStore({ url, buildId }) {
  const stores = (globalThis[STORES] ??= new Map());
  const id = `${url}|${buildId ?? ''}`;
  const forget = () => stores.delete(id);
  if (!stores.has(id)) stores.set(id, createStore(url, buildId, forget));
  return stores.get(id);
}

/** The store already open in this process for this Redis, whatever build id it was opened with (see lib/cache/store.ts). */
export function openStore(url) {
  return [...(globalThis[STORES]?.values() ?? [])].find((store) => store.url === url);
}

function createStore(url, buildId, forget) {
  const keyPrefix = `${process.env.REDIS_KEY_PREFIX?.trim() || 'qlclaw'}:${buildId?.trim() || 'dev'}:`;
  const client = createClient({
    url,
    disableOfflineQueue: true, // a command sent while disconnected fails at once instead of waiting for a reconnect
    pingInterval: 10_000,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
  const redis = createRedisHandler({ client, keyPrefix, timeoutMs: REDIS_TIMEOUT_MS, keyExpirationStrategy: 'EXAT' });
  let local = createLruHandler();
  /** starting → up ⇄ down. Only changes of state are logged, not every failed call of an outage. */
  let state = 'starting';
  let backoffUntil = 0;
  let recovering;
  let closed = false;
  const pendingTags = new Set();

  const usable = () => client.isReady && Date.now() >= backoffUntil;
  const markDown = (reason) => {
    backoffUntil = Date.now() + BACKOFF_MS;
    if (state === 'down' || closed) return;
    state = 'down';
    cacheLog.error(
      { err: reason instanceof Error ? reason.message : String(reason) },
      'shared cache (Redis) unreachable: serving local copies',
    );
  };
  const markUp = () => {
    if (state === 'up' || closed) return undefined;
    recovering ??= (async () => {
      // Local copies may miss what other instances changed meanwhile; what this one changed goes to Redis now.
      local = createLruHandler();
      await replayPendingTags();
      backoffUntil = 0;
      if (state !== 'up')
        cacheLog.info({ keyPrefix }, state === 'down' ? 'shared cache (Redis) is back' : 'shared cache (Redis) connected');
      state = 'up';
    })().finally(() => (recovering = undefined));
    return recovering;
  };
  async function replayPendingTags() {
    const tags = [...pendingTags];
    pendingTags.clear();
    try {
      if (tags.length > MAX_PENDING_TAGS) await withTimeout(flushPrefix(client, keyPrefix), REDIS_TIMEOUT_MS * 20);
      else for (const tag of tags) await withTimeout(redis.revalidateTag(tag), REDIS_TIMEOUT_MS * 4);
    } catch (error) {
      cacheLog.warn({ err: error.message }, 'shared cache: could not replay the revalidations made during the outage');
    }
  }

  client.on('ready', () => void markUp());
  client.on('error', (error) => markDown(error));
  client.on('end', () => markDown('connection closed'));
  // The first requests of a starting instance wait (briefly) for the connection rather than miss.
  const connecting = client.connect().then(
    () => markUp(),
    (error) => markDown(error),
  );

  /** Runs `operation` on Redis if it is usable, else (or on failure) `fallback` on the local copy. */
  async function either(operation, fallback) {
    if (state === 'starting') await Promise.race([connecting, sleep(REDIS_TIMEOUT_MS)]);
    if (!usable()) return { ok: false, value: await fallback() };
    try {
      const value = await withTimeout(operation(), REDIS_TIMEOUT_MS * 2);
      if (state !== 'up') await markUp();
      return { ok: true, value };
    } catch (error) {
      markDown(error);
      return { ok: false, value: await fallback() };
    }
  }

  /** The handler for CacheHandler.onCreation (the library's Handler interface). */
  const handler = {
    name: 'qlclaw-redis',
    async get(key, meta) {
      const { ok, value } = await either(
        () => redis.get(key, meta),
        () => local.get(key, meta),
      );
      countRead(!ok ? 'error' : !value ? 'miss' : isStaleEntry(value) ? 'stale' : 'hit');
      return value;
    },
    async set(key, entry, ctx) {
      const tagged = withRouteTags(entry);
      await either(
        () => redis.set(key, tagged, ctx),
        () => local.set(key, tagged, ctx),
      );
    },
    async revalidateTag(tag) {
      await local.revalidateTag(tag);
      const { ok } = await either(
        () => redis.revalidateTag(tag),
        async () => undefined,
      );
      if (!ok && pendingTags.size <= MAX_PENDING_TAGS) pendingTags.add(tag);
    },
    async delete(key) {
      await local.delete(key);
      await either(
        () => redis.delete(key),
        async () => undefined,
      );
    },
  };

  return {
    url,
    buildId,
    keyPrefix,
    handler,
    /** Expires every entry carrying one of these tags, here and (through Redis) on every instance. */
    async revalidateTags(tags) {
      // Called by jobs, often in a process (the worker) that has just opened the connection: worth a longer wait.
      if (state === 'starting') await Promise.race([connecting, sleep(REDIS_TIMEOUT_MS * 6)]);
      for (const tag of tags) await handler.revalidateTag(tag);
    },
    /** True when Redis answers PING within the timeout. */
    async ping() {
      if (!client.isReady) return false;
      try {
        return (await withTimeout(client.ping(), REDIS_TIMEOUT_MS)) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      forget();
      client.removeAllListeners('end');
      await client.close().catch(() => client.destroy());
    },
  };
}
