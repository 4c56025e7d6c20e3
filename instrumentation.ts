import type { Instrumentation } from 'next';

/** Runs once when a server instance starts, before it serves a request. */
export async function register(): Promise<void> {
  // A literal check (not lib/env) so the bundler drops Node-only code from the edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { keepLocationSingle } = await import('@/lib/http/single-location');
    keepLocationSingle();
    const { onServerStart } = await import('@/lib/server-start');
    await onServerStart();
    // Traces and error reporting, each only when configured (lib/observability/start.ts).
    const { startObservability } = await import('@/lib/observability/start');
    await startObservability();
  }
}

/** An error thrown while serving a request: logged with its request id, and reported when SENTRY_DSN is set. */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { reportRequestError } = await import('@/lib/observability/error-reporting');
    await reportRequestError(...args);
  }
};
