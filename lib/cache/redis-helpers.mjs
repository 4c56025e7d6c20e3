/** Small parts of ./shared-store.mjs. */

/**
 * Route handlers (/sitemap.xml, /blog/rss.xml) carry their path tags in the x-next-cache-tags header, as pages do,
 * but the library reads a route's tags only from the set() context, where Next 16 passes none: without this,
 * revalidatePath('/sitemap.xml') would not reach other instances' copies.
 */
export function withRouteTags(entry) {
  if (entry?.value?.kind !== 'APP_ROUTE') return entry;
  const header = entry.value.headers?.['x-next-cache-tags'];
  const fromHeader = Array.isArray(header) ? header : typeof header === 'string' ? header.split(',') : [];
  return { ...entry, tags: Object.freeze([...new Set([...(entry.tags ?? []), ...fromHeader])]) };
}

export async function flushPrefix(client, keyPrefix) {
  for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) {
    if (keys.length) await client.unlink(keys);
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}

export function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
