import { Logger, runMigrations, runOnce, type TaskList } from 'graphile-worker';
import { db } from '@/lib/db';

/**
 * The PostgreSQL job queue (graphile-worker) in a test file's own database.
 * `installJobQueue` is a stand-in until lib/db/migrate.ts installs the queue's schema (then it is a no-op).
 */
const quiet = new Logger(() => () => {});
const connectionString = () => process.env.DATABASE_URL!;

export async function installJobQueue(): Promise<void> {
  await runMigrations({ connectionString: connectionString(), logger: quiet });
}

/** Runs every job that is due now with these tasks, as a worker would, until none is left (failures stay queued). */
export async function drainJobs(taskList: TaskList): Promise<void> {
  await runOnce({ connectionString: connectionString(), taskList, logger: quiet, noHandleSignals: true });
}

export interface QueuedJob {
  id: string;
  task: string;
  key: string | null;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
}

/** The jobs in the queue now (of one task, when given), oldest first. */
export async function queuedJobs(task?: string): Promise<QueuedJob[]> {
  return db.$queryRaw<QueuedJob[]>`
    SELECT id::text, task_identifier AS task, key, attempts, max_attempts AS "maxAttempts", last_error AS "lastError"
      FROM graphile_worker.jobs WHERE ${task ?? null}::text IS NULL OR task_identifier = ${task ?? null}::text ORDER BY id`;
}

/** A job whose attempts failed with `error`: all of them (`permanent`), or one, with the next attempt due later. */
export async function failedJob(task: string, error: string, options: { permanent?: boolean; key?: string } = {}): Promise<string> {
  const [job] = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM graphile_worker.add_job(${task}, '{}'::json, max_attempts => 3, job_key => ${options.key ?? null}::text)`;
  await db.$executeRaw`
    UPDATE graphile_worker._private_jobs
       SET attempts = ${options.permanent ? 3 : 1}, last_error = ${error}, run_at = now() + interval '1 hour', updated_at = now()
     WHERE id = ${BigInt(job!.id)}`;
  return job!.id;
}
