/**
 * `npm run bench`: builds and starts the store against a fresh embedded
 * PostgreSQL on this machine, measures it against the budgets in
 * /work/shared/brief/budgets.md and prints a table plus one JSON line.
 * A missed budget is reported with its figure, never a failure; the exit
 * code is non-zero only when something could not be measured.
 *
 * Run with the react-server condition (lib/ imports 'server-only'):
 *   node --conditions=react-server --import tsx bench/run.ts
 * BENCH_SKIP_BUILD=1 reuses the last `next build`; BENCH_APP_DIR builds and
 * starts a copy of the project instead of this directory.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../lib/db';
import { exitWhenIdle } from '../lib/db/embedded';
import { measureAdminOrders } from './admin-orders';
import { measureCheckout } from './checkout';
import { measureCluster } from './cluster';
import { measureFirstLoadJs, measureThroughput } from './http';
import { APP_DIR, APP_URL, appEnv, buildApp, startApp, startDatabase, startMailAndStripe, stopAll } from './infra';
import { measureLighthouse } from './lighthouse';
import { log, Report } from './report';
import { measureWebhooks } from './webhooks';

const report = new Report();

async function section(name: string, work: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    console.error(`[bench] ${name} failed:`, error);
    report.error(name, error);
  }
  log(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: stopping everything the benchmark started`);
    void stopAll().finally(() => process.exit(130));
  });
}

try {
  report.set('machine', {
    cpus: (await import('node:os')).availableParallelism(),
    node: process.version,
    startedAt: new Date().toISOString(),
  });
  const databaseUrl = await startDatabase();
  const { smtpUrl, fake } = await startMailAndStripe();
  const env = appEnv(databaseUrl, smtpUrl, fake.url);
  // In-process code gets the same settings as the app (it is handed explicit clients anyway).
  for (const key of [
    'DATABASE_URL',
    'APP_URL',
    'AUTH_SECRET',
    'SMTP_URL',
    'OUTBOX_WORKER',
    'PAYMENTS_PROVIDER',
    'STRIPE_SECRET_KEY',
    'STRIPE_WEBHOOK_SECRET',
    'STRIPE_API_BASE',
  ] as const) {
    process.env[key] = env[key];
  }

  if (process.env.BENCH_SKIP_BUILD === '1') {
    if (!existsSync(path.join(APP_DIR, '.next/BUILD_ID'))) throw new Error('BENCH_SKIP_BUILD=1 but there is no .next build to reuse');
    log('BENCH_SKIP_BUILD=1: reusing the last next build');
  } else {
    await buildApp(env);
  }
  const app = await startApp(env);

  await section('HTTP (autocannon 50 conn)', () => measureThroughput(APP_URL, report));
  await section('Cluster (Caddy, 2 instances vs 1)', () => measureCluster(env, report));
  await section('First-load JS (gzip -9)', () => measureFirstLoadJs(APP_URL, report));
  // After the load tests, never alongside them: one page at a time in the local Chromium.
  await section('Lighthouse mobile', () => measureLighthouse(APP_URL, report));
  const client = createDb(databaseUrl, 10);
  try {
    await section('Checkout (test provider)', () => measureCheckout(client, report));
    await section('Webhook fulfilment', () => measureWebhooks(client, fake, report));
    await section('Admin order list (100k)', () => measureAdminOrders(client, databaseUrl, report));
  } finally {
    await client.$disconnect();
  }

  const errors = app.logs.filter((line) => /error|failed|unhandled/i.test(line));
  report.info('App log', 'error lines logged by next start', String(errors.length), errors[0]?.slice(0, 160));
  report.set('appErrorLines', errors.slice(0, 20));
} catch (error) {
  console.error('[bench] setup failed:', error);
  report.error('setup', error);
} finally {
  if (!interrupted) await stopAll();
}

if (!interrupted) {
  report.print();
  exitWhenIdle(report.hasErrors ? 1 : 0);
}
