import 'server-only';
import { assertServerEnv, env, EnvError, isBuildPhase } from '@/lib/env';

/**
 * Start-up of a Node server instance: refuse to run with bad configuration,
 * then start the background jobs (lib/jobs) unless they run separately
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
    startBackgroundJobs();
  }
}
