import 'server-only';
import { assertServerEnv, env, isBuildPhase } from '@/lib/env';

/**
 * Start-up of a Node server instance: refuse to run with bad configuration,
 * then start the in-process outbox worker unless it runs separately.
 */
export async function onServerStart(): Promise<void> {
  if (isBuildPhase()) return;
  assertServerEnv();
  if (env().OUTBOX_WORKER === 'inline') {
    const { startConfiguredWorker } = await import('@/lib/email/runtime');
    startConfiguredWorker();
  }
}
