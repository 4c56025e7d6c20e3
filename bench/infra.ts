/**
 * Everything the benchmark starts (PostgreSQL, SMTP receiver, fake Stripe,
 * Next) goes on one stack, stopped in reverse order by `stopAll()`, also on
 * failure and on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createDb } from '../lib/db';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { seed } from '../prisma/seed';
import { startFakeStripe, type FakeStripe } from '../tests/support/fake-stripe';
import { startSmtpReceiver } from '../tests/support/smtp-receiver';
import { log } from './report';

export const APP_PORT = 3300;
export const DB_PORT = 54349;
export const APP_URL = `http://localhost:${APP_PORT}`;
export const STRIPE_SECRET_KEY = 'sk_test_bench';
export const STRIPE_WEBHOOK_SECRET = 'whsec_bench_0123456789abcdefghijklmnopqrstuv';
const NEXT_BIN = path.resolve('node_modules/.bin/next');
/** Where `next build` / `next start` run: this project, or BENCH_APP_DIR (a copy of it, e.g. a frozen snapshot). */
export const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? '.');

const stack: { name: string; stop: () => Promise<void> }[] = [];

export async function stopAll(): Promise<void> {
  while (stack.length) {
    const { name, stop } = stack.pop()!;
    await withTimeout(stop(), 15_000).then(
      () => log(`stopped ${name}`),
      (error: unknown) => log(`could not stop ${name}: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

function withTimeout<T>(work: Promise<T>, millis: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${millis} ms`)), millis);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function assertPortFree(port: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} (${what}) is in use: stop whatever holds it and run again`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A fresh PostgreSQL in .data/bench-postgres, migrated and seeded. */
export async function startDatabase(): Promise<string> {
  await assertPortFree(DB_PORT, 'bench PostgreSQL');
  const server = await startEmbeddedPostgres({ dataDir: path.resolve('.data/bench-postgres'), port: DB_PORT, fresh: true, log });
  stack.push({ name: 'PostgreSQL', stop: () => server.stop() });
  await server.ensureDatabase('qlclaw');
  const url = server.urlFor('qlclaw');
  await migrate(url, { log });
  const db = createDb(url, 2);
  await seed(db, { adminEmail: 'admin@qlclaw.test', log }).finally(() => db.$disconnect());
  return url;
}

export async function startMailAndStripe(): Promise<{ smtpUrl: string; fake: FakeStripe }> {
  const smtp = await startSmtpReceiver();
  stack.push({ name: 'SMTP receiver', stop: () => smtp.close() });
  const fake = await startFakeStripe();
  stack.push({ name: 'fake Stripe', stop: () => fake.close() });
  return { smtpUrl: smtp.url, fake };
}

export function appEnv(databaseUrl: string, smtpUrl: string, stripeBase: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    APP_URL,
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    SMTP_URL: smtpUrl,
    // No proxy in front of the bench server: Next fills X-Forwarded-For with the socket address.
    TRUSTED_PROXY_HOPS: '1',
    OUTBOX_WORKER: 'off',
    PAYMENTS_PROVIDER: 'stripe',
    STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET,
    STRIPE_API_BASE: stripeBase,
  };
}

/** `next build`; its output is kept and shown only when it fails (the route table always). */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  log(`next build in ${APP_DIR} …`);
  const started = performance.now();
  const child = spawn(NEXT_BIN, ['build'], { cwd: APP_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const text = output.join('');
  if (code !== 0) {
    console.log(text.split('\n').slice(-60).join('\n'));
    throw new Error(`next build exited with ${code}`);
  }
  const table = text.slice(Math.max(0, text.indexOf('Route (app)')));
  for (const line of table.split('\n')) if (line.trim()) console.log(`[build] ${line}`);
  log(`next build done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** `next start` on APP_PORT in its own process group, so stopping it ends all its children. */
export async function startApp(env: NodeJS.ProcessEnv): Promise<{ logs: string[] }> {
  await assertPortFree(APP_PORT, 'bench app');
  const logs: string[] = [];
  const child = spawn(NEXT_BIN, ['start', '--port', String(APP_PORT), '--hostname', 'localhost'], {
    cwd: APP_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(line);
    if (logs.length > 2000) logs.splice(0, logs.length - 2000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  stack.push({ name: 'next start', stop: () => stopGroup(child, exited) });
  process.once('exit', () => killGroup(child, 'SIGKILL'));
  await waitForHealth(`${APP_URL}/api/health`, child, logs);
  return { logs };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  killGroup(child, 'SIGTERM');
  const stopped = await withTimeout(exited, 10_000).then(
    () => true,
    () => false,
  );
  if (!stopped) killGroup(child, 'SIGKILL');
}

async function waitForHealth(url: string, child: ChildProcess, logs: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      console.log(logs.slice(-40).join('\n'));
      throw new Error(`next start exited with ${child.exitCode} before it was healthy`);
    }
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      log(`app healthy at ${APP_URL}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(logs.slice(-40).join('\n'));
  throw new Error(`${url} did not answer 200 within 90 s`);
}
