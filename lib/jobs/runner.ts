import 'server-only';
import { run, type Runner } from 'graphile-worker';
import pg from 'pg';
import { compileTasks, keepIntervalJob } from './compile';
import type { StoreTasks } from './define';
import { graphileLogger, jobsLog } from './logger';

export interface JobRunnerOptions {
  connectionString: string;
  tasks: StoreTasks;
  /** Jobs worked on at once (JOBS_CONCURRENCY). */
  concurrency: number;
  /** The runner's own connections (DATABASE_POOL_SIZE); raised to concurrency + 2, the least graphile-worker needs. */
  poolSize: number;
  /** How often to look for jobs that became due (retries, scheduled runs); new jobs arrive by LISTEN/NOTIFY at once. */
  pollIntervalMs?: number;
}

export interface JobRunner {
  /** Stops taking jobs, waits for the running ones (graphile-worker's graceful shutdown), then closes the pool. */
  stop(): Promise<void>;
  /** Settles when the runner stops, or rejects if it fails. */
  done: Promise<void>;
}

/**
 * Starts a graphile-worker runner for the store's tasks and crontab on the given database. Any number may run
 * against one database (web instances with OUTBOX_WORKER=inline, `npm run worker` processes): each job runs on one
 * of them, and each cron minute is scheduled once. The schema must be installed (lib/db/migrate.ts does it);
 * graphile-worker checks, and upgrades it if needed, before starting.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { taskList, cronItems, intervals } = compileTasks(options.tasks);
  const pool = new pg.Pool({ connectionString: options.connectionString, max: Math.max(options.poolSize, options.concurrency + 2) });
  pool.on('error', (error) => jobsLog.error({ err: error }, 'job runner database connection failed'));
  let runner: Runner | undefined;
  try {
    runner = await run({
      pgPool: pool,
      concurrency: options.concurrency,
      noHandleSignals: true,
      logger: graphileLogger,
      taskList,
      parsedCronItems: cronItems,
      pollInterval: options.pollIntervalMs ?? 2_000,
    });
    // Start the interval chains now rather than at the first cron minute.
    const client = await pool.connect();
    try {
      for (const { task } of intervals) await keepIntervalJob(client, task);
    } finally {
      client.release();
    }
  } catch (error) {
    await runner?.stop().catch(() => {});
    await pool.end();
    throw error;
  }
  const started = runner;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= started
      .stop()
      .catch((error: unknown) => jobsLog.error({ err: error }, 'job runner did not stop cleanly'))
      .finally(() => pool.end()));
  return { stop, done: started.promise };
}
