import { assertServerEnv, isNodeRuntime } from '@/lib/env';

/** Runs once when a server instance starts, before it serves a request. */
export async function register(): Promise<void> {
  if (!isNodeRuntime()) return;
  assertServerEnv();
}
