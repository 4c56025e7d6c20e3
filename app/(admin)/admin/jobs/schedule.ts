import 'server-only';
import type { ScheduledJob } from '@/lib/jobs/admin-heartbeats';
import { backgroundJobs } from '@/lib/jobs/registry';

/** The scheduled jobs and their intervals, as the job registry declares them (the page judges their heartbeats by these). */
export function scheduledJobs(): ScheduledJob[] {
  return backgroundJobs().map(({ name, everyMs }) => ({ name, everyMs }));
}
