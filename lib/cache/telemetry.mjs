import pino from 'pino';
import promClient from 'prom-client';

/**
 * The cache handler's log and metric. Next loads cache-handler.mjs outside the app's bundle, so this file cannot
 * import lib/observability (TypeScript); it builds the same pino logger and finds (or makes, identically) the
 * counter lib/observability/metrics.ts defines. prom-client is a serverExternalPackage: one registry per process.
 */
export const cacheLog = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'qlclaw' },
  timestamp: pino.stdTimeFunctions.isoTime,
}).child({ component: 'cache' });

const READS = 'qlclaw_cache_reads_total';

function readsCounter() {
  return (
    promClient.register.getSingleMetric(READS) ??
    new promClient.Counter({ name: READS, help: 'Page and data cache reads, by result', labelNames: ['result'] })
  );
}

/** @param {'hit' | 'miss' | 'stale' | 'error'} result */
export function countRead(result) {
  readsCounter().inc({ result });
}

/** A cache entry past its `revalidate` time: Next serves it once more and renders a fresh one behind it. */
export function isStaleEntry(entry, nowMs = Date.now()) {
  const staleAt = entry?.lifespan?.staleAt;
  return typeof staleAt === 'number' && staleAt * 1000 < nowMs;
}
