import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

/** What staff see of the job queue (graphile-worker) and of the scheduled jobs' heartbeats, on /admin/jobs. */

export interface FailedJob {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  /** The error of the last attempt, as the task threw it (shown to staff only). */
  lastError: string;
  /** When the queue will try again (for a job with attempts left). */
  runAt: Date;
  failedAt: Date;
  createdAt: Date;
  /** All attempts used: the queue will not run it again unless staff retry it. */
  permanent: boolean;
}

export interface QueueDepth {
  /** Due now and waiting for a worker. */
  ready: number;
  /** Scheduled later, or backing off after a failure. */
  scheduled: number;
  running: number;
  /** Failed at least once and will be retried. */
  retrying: number;
  /** Used all their attempts. */
  permanentlyFailed: number;
}

/** At most this many of each kind of failed job are listed; the totals count them all. */
export const FAILED_JOBS_SHOWN = 50;
/** The error text shown per job; a stack trace beyond this is in the worker's log. */
const ERROR_CHARS = 2_000;

/** Whether the queue's tables exist: lib/db/migrate.ts installs them when the app or the worker starts. */
export async function jobQueueInstalled(client: DbOrTx = db): Promise<boolean> {
  const [row] = await client.$queryRaw<{ installed: boolean }[]>`SELECT to_regclass('graphile_worker.jobs') IS NOT NULL AS installed`;
  return Boolean(row?.installed);
}

/** Jobs whose last attempt failed, newest failure first: those out of attempts, and those the queue will retry. */
export async function listFailedJobs(
  client: DbOrTx = db,
): Promise<{ permanent: FailedJob[]; retrying: FailedJob[]; permanentTotal: number; retryingTotal: number }> {
  const rows = await client.$queryRaw<(Omit<FailedJob, 'permanent'> & { permanent: boolean; total: number })[]>`
    SELECT * FROM (
      SELECT id::text, task_identifier AS task, attempts, max_attempts AS "maxAttempts", left(last_error, ${ERROR_CHARS}) AS "lastError",
             run_at AS "runAt", updated_at AS "failedAt", created_at AS "createdAt", attempts >= max_attempts AS permanent,
             (count(*) OVER (PARTITION BY attempts >= max_attempts))::int AS total,
             row_number() OVER (PARTITION BY attempts >= max_attempts ORDER BY updated_at DESC, id DESC) AS position
        FROM graphile_worker.jobs
       WHERE last_error IS NOT NULL AND attempts > 0 AND locked_at IS NULL
    ) failed
    WHERE position <= ${FAILED_JOBS_SHOWN}
    ORDER BY "failedAt" DESC, id DESC`;
  const of = (permanent: boolean) => rows.filter((r) => r.permanent === permanent).map(({ total: _total, ...job }) => job);
  const totalOf = (permanent: boolean) => rows.find((r) => r.permanent === permanent)?.total ?? 0;
  return { permanent: of(true), retrying: of(false), permanentTotal: totalOf(true), retryingTotal: totalOf(false) };
}

/** How many jobs the queue holds, by state, as of `now`. */
export async function queueDepth(now: Date, client: DbOrTx = db): Promise<QueueDepth> {
  const [row] = await client.$queryRaw<QueueDepth[]>`
    SELECT
      count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at <= ${now})::int AS ready,
      count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at > ${now})::int AS scheduled,
      count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
      count(*) FILTER (WHERE locked_at IS NULL AND attempts > 0 AND attempts < max_attempts AND last_error IS NOT NULL)::int AS retrying,
      count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS "permanentlyFailed"
    FROM graphile_worker.jobs`;
  return row ?? { ready: 0, scheduled: 0, running: 0, retrying: 0, permanentlyFailed: 0 };
}
