/**
 * `npm run worker`: runs the store's background jobs (lib/jobs/tasks.ts: e-mail delivery, the checkout sweep,
 * rate-limit pruning, the return sweep, ticket auto-close, the support upload sweep) in their own process, for
 * deployments that set OUTBOX_WORKER=off on the web instances. Several workers may run at once: each job runs on
 * one of them, each sweep once per interval. SIGTERM or SIGINT stops it gracefully: no new jobs are taken, the
 * running ones finish (graphile-worker's graceful shutdown), then it exits.
 */
import { assertServerEnv, EnvError } from '../lib/env';
import { startBackgroundJobs } from '../lib/jobs';
import { log } from '../lib/observability/log';

try {
  assertServerEnv();
} catch (error) {
  // assertServerEnv has said what is wrong.
  if (error instanceof EnvError) process.exit(1);
  throw error;
}

// Traces, error reporting and this process's own /metrics (METRICS_PORT), each only when configured.
await (await import('../lib/observability/start')).startObservability({ worker: true });
const runner = await startBackgroundJobs();
log.info('worker running; SIGTERM or Ctrl-C stops it');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info({ signal }, 'worker stopping: finishing the running jobs');
    await runner.stop();
    process.exit(0);
  });
}
runner.done.catch((error: unknown) => {
  log.error({ err: error }, 'the job runner failed');
  process.exit(1);
});
