import 'server-only';
import { assertServerEnv, env, EnvError, isBuildPhase } from '@/lib/env';

/**
 * Start-up of a Node server instance: refuse to run with bad configuration,
 * then start a job runner (lib/jobs) unless jobs run separately
 * (OUTBOX_WORKER=off and `npm run worker`).
 */
export async function onServerStart(): Promise<void> {
  if (isBuildPhase()) return;
  try {
    assertServerEnv();
  } catch (error) {
    // Next logs a failed instrumentation hook and keeps serving; a misconfigured
    // instance must not take traffic, so stop here (assertServerEnv said why).
    if (error instanceof EnvError) process.exit(1);
    throw error;
  }
  if (env().OUTBOX_WORKER === 'inline') {
    const { startBackgroundJobs } = await import('@/lib/jobs');
    const { log } = await import('@/lib/observability/log');
    try {
      const runner = await startBackgroundJobs();
      // Next closes the server on SIGTERM and exits; stopping the runner alongside lets a running job finish or be
      // handed back in that time. A job cut off is retried once graphile-worker deems its worker gone.
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void runner.stop());
      runner.done.catch((error: unknown) => log.error({ err: error }, 'the job runner stopped: no jobs run in this instance'));
    } catch (error) {
      // Serving pages does not need the jobs; the health check and JobHeartbeat show that none run here.
      log.error({ err: error }, 'the job runner could not start: no jobs run in this instance');
    }
  }
}
