import 'server-only';
import { parseCronItems, type CronItem, type JobHelpers, type ParsedCronItem, type Task, type TaskList } from 'graphile-worker';
import type { PoolClient } from 'pg';
import { metrics } from '@/lib/observability/metrics';
import { isScheduled, type StoreTask, type StoreTasks } from './define';
import { recordRunFinished, recordRunStarted } from './heartbeat';

/**
 * Turns the store's tasks (lib/jobs/tasks.ts) into graphile-worker's task list and crontab. Every run counts in
 * qlclaw_job_runs_total{task, outcome}; a scheduled one also writes JobHeartbeat.
 *
 * Cron tasks: graphile-worker's cron runs in every runner, and for each matching minute each runner tries to
 * schedule the job with one statement that first advances `known_crontabs.last_execution` for the item, only if
 * it is older than that minute; just the runner whose statement moves it adds the job. So a minute's job exists
 * once per cluster however many runners race. A failed sweep is not retried (maxAttempts 1): the next match is
 * its retry, and the failure shows in JobHeartbeat and among the queue's failed jobs.
 *
 * Interval tasks (`everySeconds`): one job under the job key `<task>`. Each run, whether it went well or not,
 * adds the next one `everySeconds` later under the same key. A pending job with that key is replaced rather
 * than doubled, so there is one chain however many runners there are. A per-minute cron item (`keep:<task>`)
 * and every runner's start add the job when no live one holds the key (its last run failed to reschedule, or
 * its worker died holding it), so the chain cannot stay broken.
 */
export const KEEPER_PREFIX = 'keep:';
/** A job locked longer than this is taken to belong to a worker that died (graphile-worker frees it after 4 hours). */
const STALE_LOCK = '10 minutes';

export interface CompiledTasks {
  taskList: TaskList;
  cronItems: ParsedCronItem[];
  intervals: { task: string; seconds: number }[];
}

export function compileTasks(tasks: StoreTasks): CompiledTasks {
  const taskList: TaskList = {};
  const cron: CronItem[] = [];
  const intervals: CompiledTasks['intervals'] = [];
  for (const [name, task] of Object.entries(tasks)) {
    if (task.cron !== undefined && task.everySeconds !== undefined) throw new Error(`job ${name}: give it cron or everySeconds, not both`);
    taskList[name] = wrap(name, task);
    if (task.cron !== undefined) {
      const backfillPeriod = (task.backfillMinutes ?? 0) * 60_000;
      cron.push({ task: name, identifier: name, match: task.cron, options: { backfillPeriod, maxAttempts: 1 } });
    }
    if (task.everySeconds !== undefined) {
      intervals.push({ task: name, seconds: task.everySeconds });
      const keeper = `${KEEPER_PREFIX}${name}`;
      taskList[keeper] = async (_payload, helpers) => void (await helpers.withPgClient((client) => keepIntervalJob(client, name)));
      cron.push({ task: keeper, identifier: keeper, match: '* * * * *', options: { backfillPeriod: 0, maxAttempts: 1 } });
    }
  }
  return { taskList, cronItems: parseCronItems(cron), intervals };
}

function wrap(name: string, task: StoreTask): Task {
  return async (payload, helpers) => {
    const scheduled = isScheduled(task);
    const context = { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts, jobId: helpers.job.id };
    try {
      if (scheduled) await recordRunStarted(name, new Date());
      const done = await task.run(payload, context);
      if (done) helpers.logger.info(done);
      if (scheduled) await recordRunFinished(name, new Date(), null);
      metrics.jobRuns.labels(name, 'ok').inc();
    } catch (error) {
      metrics.jobRuns.labels(name, 'failed').inc();
      if (scheduled) await recordRunFinished(name, new Date(), messageOf(error)).catch(() => {});
      throw error;
    } finally {
      if (task.everySeconds !== undefined) await scheduleNext(name, task.everySeconds, helpers);
    }
  };
}

/** Adds the chain's next run. This job still holds the key: graphile-worker moves the key to the new job. */
async function scheduleNext(name: string, seconds: number, helpers: JobHelpers): Promise<void> {
  await helpers.addJob(name, {}, { jobKey: name, runAt: new Date(Date.now() + seconds * 1000), maxAttempts: 1 });
}

/**
 * Adds the interval job unless a live one (waiting, or running on a live worker) holds its key. Runners starting
 * together serialise on an advisory lock, so the second sees the first one's job instead of starting a second chain.
 */
export async function keepIntervalJob(client: PoolClient, name: string): Promise<boolean> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('qlclaw:interval-job:' || $1))`, [name]);
    const { rows } = await client.query<{ live: number }>(
      `SELECT count(*)::int AS live FROM graphile_worker.jobs
        WHERE key = $1 AND ((locked_at IS NULL AND attempts < max_attempts) OR locked_at > now() - $2::interval)`,
      [name, STALE_LOCK],
    );
    const dead = rows[0]!.live === 0;
    if (dead) await client.query(`SELECT graphile_worker.add_job($1, '{}'::json, max_attempts => 1, job_key => $1)`, [name]);
    await client.query('COMMIT');
    return dead;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
