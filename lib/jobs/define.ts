/**
 * What a task of the store is (lib/jobs/tasks.ts lists them): its body, and for a scheduled one, its schedule.
 * lib/jobs/compile.ts turns these into graphile-worker's task list and crontab.
 */
export interface JobContext {
  /** The queue's try of this job, 1 on the first run, and the most it gets. */
  attempt: number;
  maxAttempts: number;
  jobId: string;
}

export interface StoreTask {
  /** One run. What it returns, when anything, is logged: say what it did, or nothing when it did nothing. Throw to fail the run. */
  run: (payload: unknown, job: JobContext) => Promise<string | void>;
  /**
   * A cron pattern (UTC, minute resolution): the job runs once per matching minute across the whole cluster,
   * however many runners are up (graphile-worker's known_crontabs). Records each run in JobHeartbeat.
   */
  cron?: string;
  /** With `cron`: on start, run the matches missed in this many minutes while no runner was up (default none). */
  backfillMinutes?: number;
  /**
   * Or a fixed interval in seconds, for intervals cron cannot say (under a minute, or not dividing an hour):
   * one self-rescheduling job under a job key, kept alive by a per-minute cron. Records each run in JobHeartbeat.
   */
  everySeconds?: number;
}

export type StoreTasks = Record<string, StoreTask>;

export const isScheduled = (task: StoreTask) => task.cron !== undefined || task.everySeconds !== undefined;

/**
 * How often a scheduled task runs, in milliseconds: its interval, or for cron the spacing of its minute field
 * (every 10th minute → 10 min; minutes 2,12,…,52 → 10 min; every minute → 1 min). Used to judge whether a job has stopped running.
 */
export function intervalMsOf(task: StoreTask): number | undefined {
  if (task.everySeconds !== undefined) return task.everySeconds * 1000;
  if (task.cron === undefined) return undefined;
  const minutes = task.cron.trim().split(/\s+/)[0] ?? '*';
  const step = /^\*\/(\d+)$/.exec(minutes);
  if (step) return Number(step[1]) * 60_000;
  if (minutes === '*') return 60_000;
  const count = minutes.split(',').length;
  return Math.round(60 / count) * 60_000;
}
