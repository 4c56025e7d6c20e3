import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import type { DependencyStatus } from './checks';

/** PostgreSQL answers a trivial question. */
export async function databaseStatus(client: DbOrTx = db): Promise<DependencyStatus> {
  await client.$queryRaw`SELECT 1`;
  return { ok: true };
}

/**
 * The scheduled jobs still run: each job's heartbeat (JobHeartbeat, written by lib/jobs) started a run within its
 * allowance. A job with no heartbeat yet has never been due on this database, and is not counted as overdue.
 */
export async function scheduledJobsStatus(
  deps: { now: Date; overdueAfterMs: (job: string) => number },
  client: DbOrTx = db,
): Promise<DependencyStatus> {
  const beats = await client.jobHeartbeat.findMany({ select: { name: true, lastStartedAt: true } });
  const overdue = beats
    .filter((beat) => beat.lastStartedAt && deps.now.getTime() - beat.lastStartedAt.getTime() > deps.overdueAfterMs(beat.name))
    .map((beat) => beat.name);
  return overdue.length ? { ok: false, detail: `overdue: ${overdue.join(', ')}` } : { ok: true };
}
