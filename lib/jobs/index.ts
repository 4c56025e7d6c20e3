import 'server-only';
import { configuredTransport } from '@/lib/email/configured-transport';
import { backgroundJobs } from './registry';
import { startJobs } from './runner';

/**
 * The store's background work (lib/jobs/registry.ts lists each job). Where it
 * runs is set by OUTBOX_WORKER, named for its first job and kept for existing
 * deployments:
 *   inline (default)  every web instance runs all the jobs (lib/server-start.ts);
 *   off               web instances run none: run `npm run worker` (scripts/worker.ts),
 *                     as many as you like, instead.
 * Every job is safe to run in several processes at once: the outbox claims each
 * message for one sender, and the sweeps change each row with a conditional update.
 */
export function startBackgroundJobs(): () => Promise<void> {
  const jobs = backgroundJobs();
  console.log(`[jobs] running ${jobs.map((job) => job.name).join(', ')}; e-mail goes through ${configuredTransport().name}`);
  return startJobs(jobs);
}
