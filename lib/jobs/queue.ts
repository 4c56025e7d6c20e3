import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

export interface EnqueueOptions {
  /** A job with the same key that has not run yet is replaced, not doubled (graphile-worker job_key). */
  jobKey?: string;
  /** graphile-worker's job_key_mode: `replace` (default) or `preserve_run_at` (a pending job keeps its time). */
  jobKeyMode?: 'replace' | 'preserve_run_at';
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * Adds a job to the PostgreSQL job queue (graphile-worker). Pass the transaction that makes the change the job
 * reports or finishes, so the job exists exactly when the change is committed. The task must be in lib/jobs/tasks.ts.
 */
export async function enqueueJob(task: string, payload: Record<string, unknown>, options: EnqueueOptions = {}, client: DbOrTx = db) {
  await client.$executeRaw`SELECT graphile_worker.add_job(
    identifier => ${task},
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.jobKey ?? null}::text,
    job_key_mode => ${options.jobKeyMode ?? 'replace'}::text
  )`;
}
