/** A filter's value as it goes in a URL; empty ones are left out. */
export type QueryValue = string | number | null | undefined;

/**
 * The URL of one page of a staff list under a filter, so paging, view links and "Clear" keep what staff chose.
 * Keys keep the order given; page 1 has no `page` parameter.
 */
export function listHref(path: string, params: Record<string, QueryValue>, page = 1): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Which rows of how many a list page shows: 26–50 of 60, or 51–60 on the last page. */
export function shownRange(total: number, shown: number, page: number, pages: number): [number, number] | null {
  if (shown === 0) return null;
  const first = page >= pages ? total - shown + 1 : (page - 1) * shown + 1;
  return [first, first + shown - 1];
}
