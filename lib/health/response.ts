import 'server-only';
import { log } from '@/lib/observability/log';
import { healthChecks, type DependencyStatus, type HealthCheck } from './checks';

export interface HealthReport {
  /** ok: all up; degraded: a dependency the pages can do without is down; unhealthy: a required one is. */
  status: 'ok' | 'degraded' | 'unhealthy';
  degraded: boolean;
  checks: Partial<Record<HealthCheck['name'], { ok: boolean }>>;
}

const CHECK_TIMEOUT_MS = 3_000;

/**
 * What /api/health tells the public: which dependency is down, by name, and nothing about why. The reason (host, port,
 * driver message) goes to the log, on a line that carries the request id.
 */
export async function healthResponse(checks: HealthCheck[] = healthChecks()): Promise<Response> {
  const report = await checkHealth(checks);
  return Response.json(report, { status: report.status === 'unhealthy' ? 503 : 200, headers: { 'Cache-Control': 'no-store' } });
}

export async function checkHealth(checks: HealthCheck[], timeoutMs = CHECK_TIMEOUT_MS): Promise<HealthReport> {
  const results = await Promise.all(checks.map(async (check) => ({ check, status: await run(check, timeoutMs) })));
  const down = results.filter(({ status }) => !status.ok).map(({ check }) => check);
  const status = down.some((check) => check.required) ? 'unhealthy' : down.length ? 'degraded' : 'ok';
  return {
    status,
    degraded: status === 'degraded',
    checks: Object.fromEntries(results.map(({ check, status }) => [check.name, { ok: status.ok }])),
  };
}

async function run(check: HealthCheck, timeoutMs: number): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const status = await Promise.race([check.check(), timeout]);
    if (!status.ok) log.error({ dependency: check.name, detail: status.detail }, `health check: ${check.name} is down`);
    return status;
  } catch (error) {
    log.error({ dependency: check.name, err: error }, `health check: ${check.name} is down`);
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}
