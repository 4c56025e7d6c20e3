import 'server-only';
import type { ScheduledJob } from '@/lib/jobs/admin-heartbeats';
import { intervalMsOf } from '@/lib/jobs/define';
import { storeTasks } from '@/lib/jobs/tasks';

/** The scheduled jobs and their intervals, as the task list declares them (the page judges their heartbeats by these). */
export function scheduledJobs(): ScheduledJob[] {
  return Object.entries(storeTasks()).flatMap(([name, task]) => {
    const everyMs = intervalMsOf(task);
    return everyMs === undefined ? [] : [{ name, everyMs }];
  });
}
