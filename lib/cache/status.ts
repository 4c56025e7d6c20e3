import 'server-only';
import { env } from '@/lib/env';
import { sharedStoreOf } from './store';

export interface CacheStatus {
  /** `next`: each instance keeps Next's own cache (REDIS_URL unset). `redis`: the shared cache. */
  engine: 'next' | 'redis';
  /** Redis answered PING within half a second. Pages are served either way (from local copies while it is down). */
  ok: boolean;
}

/** For the health check: which page cache this instance uses, and whether it can reach it. Never throws. */
export async function cacheStatus(): Promise<CacheStatus> {
  const url = env().REDIS_URL;
  if (!url) return { engine: 'next', ok: true };
  try {
    return { engine: 'redis', ok: await sharedStoreOf(url).ping() };
  } catch {
    return { engine: 'redis', ok: false };
  }
}
