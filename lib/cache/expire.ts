import 'server-only';
import { revalidatePath } from 'next/cache';
import { env } from '@/lib/env';
import { log } from '@/lib/observability/log';
import { loadedEngine, sharedStoreOf } from './store';

/** A page to refresh, as revalidatePath takes it: `type: 'layout'` refreshes every page under that layout. */
export type PagePath = string | { path: string; type: 'layout' | 'page' };

/**
 * Refreshes prerendered pages after a change they show, on every instance, from anywhere:
 * - in a server action or route handler, through revalidatePath (Next tells the cache handler, and the browser);
 * - in a background job (no request, where revalidatePath throws), by expiring the pages' path tags directly:
 *   in the shared cache when REDIS_URL is set (so `npm run worker` reaches the web instances too), else in this
 *   process's own cache (jobs run inline on one machine).
 * A failure is logged, never thrown: the change itself is saved, and the page refreshes within its revalidate time.
 */
export async function expirePages(paths: PagePath[]): Promise<void> {
  if (paths.length === 0) return;
  if (revalidatedInRequest(paths)) return;
  const tags = paths.flatMap(pathTags);
  try {
    const url = env().REDIS_URL;
    const engine = loadedEngine();
    if (engine) await engine.revalidateTags(tags);
    else if (url) await sharedStoreOf(url).revalidateTags(tags);
  } catch (error) {
    log.warn({ err: error, tags }, 'could not expire cached pages; they refresh within their revalidate time');
  }
}

function revalidatedInRequest(paths: PagePath[]): boolean {
  try {
    for (const page of paths) {
      if (typeof page === 'string') revalidatePath(page);
      else revalidatePath(page.path, page.type);
    }
    return true;
  } catch (error) {
    if (error instanceof Error && error.message.includes('static generation store missing')) return false;
    throw error;
  }
}

/** The implicit tags Next gives a path (its revalidatePath, next/dist/server/web/spec-extension/revalidate.js). */
export function pathTags(page: PagePath): string[] {
  const { path, type } = typeof page === 'string' ? { path: page, type: undefined } : page;
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  let tag = `_N_T_${trimmed.replace(/[^\t\x20-\x7e]+/g, encodeURIComponent)}`; // Next's encodeHeaderSafe
  if (type) tag += `${tag.endsWith('/') ? '' : '/'}${type}`;
  if (tag === '_N_T_/') return [tag, '_N_T_/index'];
  if (tag === '_N_T_/index') return [tag, '_N_T_/'];
  return [tag];
}
