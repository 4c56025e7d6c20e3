import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/browser';
import { CLUSTER_ENABLED, CLUSTER_URL } from './tests/e2e/support/cluster';
import { E2E_BASE_URL, E2E_JSON_REPORT } from './tests/e2e/support/config';

// `npm test` checks for a browser before anything else (scripts/test.ts).
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: E2E_JSON_REPORT }], ...(process.env.CI ? [] : [['html', { open: 'never' }] as const])],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser?.source === 'playwright' ? undefined : browser?.path,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /cluster-.*\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testMatch: /responsive\.spec\.ts/ },
    { name: 'cluster', use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: CLUSTER_URL }, testMatch: /cluster-.*\.spec\.ts/ },
  ],
  // Started in this order, each once the one before answers (so the cluster reuses the e2e server's build and
  // PostgreSQL server); stopped in reverse.
  webServer: [
    {
      command: 'tsx scripts/e2e-server.ts',
      url: `${E2E_BASE_URL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    ...(CLUSTER_ENABLED
      ? [
          {
            // Two instances, two workers, Redis, S3 and Caddy (tests/e2e/support/cluster.ts); logs in .data/cluster/logs.
            command: 'tsx scripts/cluster-server.ts',
            url: `${CLUSTER_URL}/api/health`,
            timeout: 120_000,
            reuseExistingServer: !process.env.CI,
            stdout: 'pipe' as const,
            stderr: 'pipe' as const,
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
          },
        ]
      : []),
  ],
});
