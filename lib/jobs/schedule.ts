import 'server-only';
import type { ScheduledJob } from './admin-heartbeats';
import { STALE_INTERVALS } from './admin-heartbeats';
import { intervalMsOf } from './define';
import { storeTasks } from './tasks';

/** The scheduled jobs and their intervals, as the task list declares them: /admin/jobs and /api/health judge heartbeats by these. */
export function scheduledJobs(): ScheduledJob[] {
  return Object.entries(storeTasks()).flatMap(([name, task]) => {
    const everyMs = intervalMsOf(task);
    return everyMs === undefined ? [] : [{ name, everyMs }];
  });
}

/**
 * How long a scheduled job may go without starting a run before it counts as stopped: the same STALE_INTERVALS of its
 * own interval as /admin/jobs uses. A job no longer in the task list (a retired one's old heartbeat) never counts.
 */
export function overdueAfter(schedule: readonly ScheduledJob[] = scheduledJobs()): (name: string) => number {
  const intervals = new Map(schedule.map((job) => [job.name, job.everyMs]));
  return (name) => STALE_INTERVALS * (intervals.get(name) ?? Number.POSITIVE_INFINITY);
}
