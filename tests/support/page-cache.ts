import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The tags Next gives a product page's cache entry (x-next-cache-tags): its layouts, its route, its path. */
export function productPageTags(slug: string): string[] {
  return ['_N_T_/layout', '_N_T_/products/layout', '_N_T_/products/[slug]/layout', '_N_T_/products/[slug]/page', `_N_T_/products/${slug}`];
}

/** …and a route handler's, such as /sitemap.xml. */
export function routeTags(route: string): string[] {
  return ['_N_T_/layout', `_N_T_${route}/layout`, `_N_T_${route}/route`, `_N_T_${route}`];
}

/**
 * The build id this worktree's `.next` has, if built: code outside the cache handler (jobs in this test process)
 * keys its Redis entries by it, so the test's instances must run "the same build".
 */
export function localBuildId(): string | undefined {
  const file = path.join(process.cwd(), '.next', 'BUILD_ID');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}
