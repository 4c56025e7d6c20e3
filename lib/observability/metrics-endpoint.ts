import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, register } from 'prom-client';
import { db, type DbOrTx } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from './log';
import './metrics';
import { updateScrapeGauges } from './scrape-gauges';

/**
 * GET /api/metrics for Prometheus: this process's counters (./metrics.ts), Node's own figures (prom-client's default
 * metrics) and the cluster-wide gauges read now (./scrape-gauges.ts). Off (404, as if absent) without METRICS_TOKEN;
 * with it, only `Authorization: Bearer <METRICS_TOKEN>` is answered.
 */
export async function metricsResponse(
  request: Request,
  { token, now }: { token: string | undefined; now: Date } = { token: env().METRICS_TOKEN, now: new Date() },
  client: DbOrTx = db,
): Promise<Response> {
  if (!token) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  if (!bearerMatches(request.headers.get('authorization'), token)) {
    log.warn('metrics scrape refused: wrong or missing bearer token');
    return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' } });
  }
  startDefaultMetrics();
  await updateScrapeGauges(now, client);
  return new Response(await register.metrics(), { headers: { 'Content-Type': register.contentType, 'Cache-Control': 'no-store' } });
}

/** Compares digests, so the time taken says nothing about how much of the token was right, or about its length. */
export function bearerMatches(header: string | null, token: string): boolean {
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(header ?? '');
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(token)) && match !== null;
}

function startDefaultMetrics(): void {
  // Once per process: prom-client's registry is shared (serverExternalPackages), a route module may load twice.
  if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics({ register });
}
