import 'server-only';
import { env } from '@/lib/env';
import { databaseStatus, scheduledJobsStatus } from './queries';

/** What a dependency's check answers. `detail` goes to the log only, never to the caller of /api/health. */
export interface DependencyStatus {
  ok: boolean;
  detail?: string;
}

export interface HealthCheck {
  name: 'database' | 'cache' | 'storage' | 'jobs';
  /**
   * Down and required: /api/health answers 503 and the load balancer stops sending this instance requests.
   * Down and not required: 200 with `degraded: true`, since pages are still served (the cache falls back to rendering;
   * a bucket or a worker down is shared by every instance, and taking them all out of rotation would not mend it).
   */
  required: boolean;
  check: () => Promise<DependencyStatus>;
}

/**
 * Every dependency /api/health looks at, on this instance's configuration. An engine's check joins with one line,
 * imported lazily so a store without that engine never loads its client.
 */
export function healthChecks(now: () => Date = () => new Date()): HealthCheck[] {
  const checks: (HealthCheck | false)[] = [
    { name: 'database', required: true, check: () => databaseStatus() },
    {
      name: 'jobs',
      required: false,
      check: async () => scheduledJobsStatus({ now: now(), overdueAfterMs: (await import('@/lib/jobs/schedule')).overdueAfter() }),
    },
    Boolean(env().REDIS_URL) && { name: 'cache', required: false, check: async () => (await import('@/lib/cache/status')).cacheStatus() },
    Boolean(env().S3_BUCKET) && {
      name: 'storage',
      required: false,
      check: async () => (await import('@/lib/storage/status')).storageStatus(),
    },
  ];
  return checks.filter((check): check is HealthCheck => check !== false);
}
