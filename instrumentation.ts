/** Runs once when a server instance starts, before it serves a request. */
export async function register(): Promise<void> {
  // A literal check (not lib/env) so the bundler drops Node-only code from the edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { keepLocationSingle } = await import('@/lib/http/single-location');
    keepLocationSingle();
    const { onServerStart } = await import('@/lib/server-start');
    await onServerStart();
  }
}
