/**
 * `npm test`: everything, in order, with one verdict.
 *  1. a browser for the end-to-end suite, redis-server and Caddy, and a database the suites can
 *     start, before anything else (seconds);
 *  2. typecheck and lint (stop on failure);
 *  3. Vitest (unit + integration) and Playwright (build + end-to-end), both
 *     run even when the first fails, so one run shows every failure;
 *  4. the closing line `N passed, N failed` from their JSON reports.
 * The exit code is non-zero when any step or any test failed, whatever
 * exit code a runner itself returned.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertEmbeddedServerCanRun, EmbeddedDatabaseError } from '../lib/db/embedded-access';
import { findChromium } from '../tests/e2e/support/browser';
import { E2E_JSON_REPORT } from '../tests/e2e/support/config';
import { VITEST_JSON_REPORT } from '../tests/support/reports';
import { readPlaywright, readVitest, summaryLine, type SuiteResult } from './test-summary';

const say = (line: string) => console.log(`[test] ${line}`);

function npmRun(script: string): number {
  say(`npm run ${script}`);
  return spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' }).status ?? 1;
}

function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** How to get a browser on this machine, as one command. */
function browserCommand(): string {
  const root = process.getuid?.() === 0;
  const sudo = root ? '' : 'sudo ';
  if (existsSync('/usr/bin/apt-get')) return `${sudo}apt-get update && ${sudo}apt-get install -y chromium`;
  return 'npx playwright install --with-deps chromium';
}

function ensureBrowser(): boolean {
  const found = findChromium();
  if (found) {
    say(`browser: ${found.path} (${found.source})`);
    return true;
  }
  say("no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright's own): trying to download Playwright's");
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { encoding: 'utf8', timeout: 120_000 });
  if (install.status === 0 && findChromium()) return true;
  const reason = `${install.stderr ?? ''}${install.stdout ?? ''}`
    .split('\n')
    .find((line) => /error|fail/i.test(line))
    ?.trim();
  console.error(
    `\n[test] No browser for the end-to-end tests, and Playwright's own cannot be downloaded here` +
      `${reason ? ` (${reason})` : install.error ? ` (${install.error.message})` : ''}.\n` +
      `[test] Get one with:  ${browserCommand()}\n` +
      `[test] (or point CHROMIUM_PATH at a Chromium), then run npm test again.`,
  );
  return false;
}

/** The embedded server the suites start must be able to run here (as root: lib/db/embedded-access). */
function ensureDatabase(): boolean {
  if (process.env.TEST_DATABASE_ADMIN_URL) return true;
  try {
    assertEmbeddedServerCanRun(path.join(os.tmpdir(), 'qlclaw-test', 'pg'));
    assertEmbeddedServerCanRun('.data/e2e-postgres');
    return true;
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseError)) throw error;
    console.error(`\n[test] ${error.message}`);
    return false;
  }
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** The real engines the suites start: redis-server (cache tests, cluster) and Caddy (the cluster's load balancer). */
function ensureEngines(): boolean {
  const missing = [
    ...((process.env.REDIS_SERVER_BIN ? existsSync(process.env.REDIS_SERVER_BIN) : onPath('redis-server')) ? [] : ['redis-server']),
    ...(process.env.E2E_CLUSTER === 'off' || onPath('caddy') ? [] : ['caddy']),
  ];
  if (missing.length === 0) return true;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.error(
    `\n[test] The tests start real engines, and this machine lacks: ${missing.join(', ')}.\n` +
      `[test] Get them with:  ${sudo}apt-get update && ${sudo}apt-get install -y ${missing.join(' ')}\n` +
      `[test] (or point REDIS_SERVER_BIN at a redis-server; E2E_CLUSTER=off leaves the multi-instance test out).`,
  );
  return false;
}

function main(): number {
  if (!ensureBrowser() || !ensureDatabase() || !ensureEngines()) return 1;
  for (const step of ['typecheck', 'lint']) {
    if (npmRun(step) !== 0) {
      console.error(`[test] ${step} failed: fix it first; no tests were run.`);
      return 1;
    }
  }
  for (const report of [VITEST_JSON_REPORT, E2E_JSON_REPORT]) rmSync(report, { force: true });
  const vitestExit = npmRun('test:unit');
  const playwrightExit = npmRun('test:e2e');
  const results: SuiteResult[] = [
    readVitest(readJson(VITEST_JSON_REPORT), vitestExit),
    readPlaywright(readJson(E2E_JSON_REPORT), playwrightExit),
  ];
  for (const result of results) {
    say(`${result.suite}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
    for (const problem of result.problems) say(`  ${result.suite}: ${problem}`);
  }
  console.log(summaryLine(results));
  return results.some((result) => result.failed > 0) ? 1 : 0;
}

process.exitCode = main();
