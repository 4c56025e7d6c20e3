/** Whether `next build` is running: pages are prerendered, no server is starting. */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}
