import 'server-only';
import { env } from '@/lib/env';
import { jobsLog } from './logger';
import { startJobRunner, type JobRunner } from './runner';
import { configuredTaskDeps, storeTasks } from './tasks';

export { listJobHeartbeats, type JobHeartbeatDto } from './queries';

/**
 * The store's background work: graphile-worker on the store's PostgreSQL (lib/jobs/tasks.ts lists every task and
 * schedule). Where it runs is set by OUTBOX_WORKER, named for its first job and kept for existing deployments:
 *   inline (default)  every web instance also runs a job runner (lib/server-start.ts);
 *   off               web instances run none: run `npm run worker` (scripts/worker.ts), as many as you like.
 * However many runners there are, each job runs once and each sweep once per interval across the cluster.
 */
export async function startBackgroundJobs(): Promise<JobRunner> {
  const config = env();
  const deps = configuredTaskDeps();
  const tasks = storeTasks(deps);
  const runner = await startJobRunner({
    connectionString: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    concurrency: config.JOBS_CONCURRENCY,
    tasks,
  });
  jobsLog.info(
    { tasks: Object.keys(tasks), concurrency: config.JOBS_CONCURRENCY, transport: deps.transport.name },
    `job runner started; e-mail goes through ${deps.transport.name}`,
  );
  return runner;
}
