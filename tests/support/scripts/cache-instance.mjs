// One "app instance" for tests/integration/redis-cache*.test.ts: loads lib/cache/cache-handler.mjs the way Next does
// (`new (await import(cacheHandler)).default(context)` per request) and runs the operations the test sends over IPC.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodeFsMethods from 'next/dist/server/lib/node-fs-methods.js';
import promClient from 'prom-client';

const { distDir, buildId } = JSON.parse(process.env.CACHE_INSTANCE ?? '{}');
const serverDistDir = path.join(distDir, 'server');
mkdirSync(serverDistDir, { recursive: true });
if (buildId) writeFileSync(path.join(distDir, 'BUILD_ID'), buildId);

const { default: Handler } = await import('../../../lib/cache/cache-handler.mjs');
const handlerFor = () =>
  new Handler({
    dev: false,
    fs: nodeFsMethods.nodeFs,
    serverDistDir,
    flushToDisk: true,
    maxMemoryCacheSize: 50 * 1024 * 1024,
    revalidatedTags: [],
    _requestHeaders: {},
  });

/** What Next stores for a page (APP_PAGE) or a route handler (APP_ROUTE), tagged as Next tags it. */
function entryOf({ kind, body, tags }) {
  const headers = { 'x-next-cache-tags': tags.join(',') };
  if (kind === 'APP_ROUTE')
    return { kind, body: Buffer.from(body), status: 200, headers: { ...headers, 'content-type': 'application/xml' } };
  return {
    kind: 'APP_PAGE',
    html: body,
    rscData: Buffer.from(`rsc:${body}`),
    headers,
    status: 200,
    postponed: undefined,
    segmentData: new Map(),
  };
}

const operations = {
  async set({ key, kind, body, tags, revalidate = 60 }) {
    await handlerFor().set(key, entryOf({ kind, body, tags }), { cacheControl: { revalidate, expire: undefined }, isFallback: false });
  },
  async get({ key, kind = 'APP_PAGE' }) {
    const entry = await handlerFor().get(key, { kind, isRoutePPREnabled: false, isFallback: false });
    const value = entry?.value;
    if (!value) return null;
    return { kind: value.kind, body: value.kind === 'APP_ROUTE' ? Buffer.from(value.body).toString() : value.html };
  },
  async revalidateTag({ tags }) {
    await handlerFor().revalidateTag(tags);
  },
  async reads() {
    const metric = promClient.register.getSingleMetric('qlclaw_cache_reads_total');
    const { values } = metric ? await metric.get() : { values: [] };
    return Object.fromEntries(values.map((v) => [v.labels.result, v.value]));
  },
};

process.on('message', async ({ id, op, args }) => {
  const started = performance.now();
  try {
    const result = await operations[op](args ?? {});
    process.send({ id, ok: true, result, ms: performance.now() - started });
  } catch (error) {
    process.send({ id, ok: false, error: String(error?.stack ?? error), ms: performance.now() - started });
  }
});
process.send({ ready: true });
