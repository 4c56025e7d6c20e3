/**
 * CI's guard (.ci/run, before `npm test`): runs the canary in tests/canary,
 * one passing and one failing integration test, and stops CI unless Vitest
 * exits non-zero with exactly that failure in its report. It catches any
 * change (in a dependency, a set-up file or a config) that would again let a
 * failing test leave the exit code at 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { CANARY_JSON_REPORT } from '../tests/canary/vitest.config';

rmSync(CANARY_JSON_REPORT, { force: true });
const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/canary/vitest.config.ts', '--reporter=dot', '--reporter=json'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
});
const report = existsSync(CANARY_JSON_REPORT)
  ? (JSON.parse(readFileSync(CANARY_JSON_REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number })
  : undefined;

const ranAsPlanned = report?.numPassedTests === 1 && report.numFailedTests === 1;
if (run.status !== 0 && ranAsPlanned) {
  console.log(`[guard] a failing integration test fails the run (Vitest exited ${run.status}): the verdict can be trusted.`);
} else {
  console.error(`${run.stdout}${run.stderr}`);
  console.error(
    ranAsPlanned
      ? `[guard] Vitest exited ${run.status} with a failing test in its report: failing tests would not fail CI. Stopping.`
      : `[guard] The canary did not run as planned (report: ${JSON.stringify(report ?? null)}, exit ${run.status}). Stopping.`,
  );
  process.exitCode = 1;
}
