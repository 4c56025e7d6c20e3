/**
 * The server Playwright tests run against: a fresh database (embedded
 * PostgreSQL, or `qlclaw_e2e` on the server in TEST_DATABASE_ADMIN_URL),
 * migrated and seeded, then `next build` and `next start` in production mode.
 * E2E_SKIP_BUILD=1 reuses the last build while iterating on tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../lib/db';
import { EmbeddedDatabaseError, exitWhenIdle, startEmbeddedPostgres } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { seed } from '../prisma/seed';
import { E2E_BASE_URL, E2E_DATABASE_URL, E2E_DB_PORT, E2E_MAIL_DIR, E2E_PORT, E2E_SMTP_PORT } from '../tests/e2e/support/config';
import { startSmtpReceiver } from '../tests/support/smtp-receiver';

/** Creates the suite's empty database; returns how to stop what was started for it. */
async function freshDatabase(): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({ dataDir: path.resolve('.data/e2e-postgres'), port: E2E_DB_PORT, fresh: true });
    await server.ensureDatabase('qlclaw');
    return server.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('DROP DATABASE IF EXISTS qlclaw_e2e WITH (FORCE)');
    await admin.query('CREATE DATABASE qlclaw_e2e');
  } finally {
    await admin.end();
  }
  return async () => {};
}

// Every e-mail the app sends lands in E2E_MAIL_DIR, where the browser tests read it.
rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
mkdirSync(E2E_MAIL_DIR, { recursive: true });
let received = 0;
const smtp = await startSmtpReceiver({
  port: E2E_SMTP_PORT,
  onMessage: (mail) => writeFileSync(path.join(E2E_MAIL_DIR, `${Date.now()}-${++received}.eml`), mail.raw),
});

const stopDatabase = await freshDatabase().catch(async (error: unknown) => {
  if (!(error instanceof EmbeddedDatabaseError)) throw error;
  console.error(`[e2e] ${error.message}`);
  await smtp.close();
  return undefined;
});

if (stopDatabase) {
  await migrate(E2E_DATABASE_URL);
  const db = createDb(E2E_DATABASE_URL, 2);
  await seed(db, { adminEmail: 'admin@qlclaw.test' });
  await db.$disconnect();

  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URL: E2E_DATABASE_URL,
    APP_URL: E2E_BASE_URL,
    AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    SMTP_URL: smtp.url,
    // No proxy in front of the test server: Next fills X-Forwarded-For with the socket address.
    TRUSTED_PROXY_HOPS: '1',
    PAYMENTS_PROVIDER: 'test',
    CHECKOUT_SWEEP_SECONDS: '3',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const build = process.env.E2E_SKIP_BUILD === '1' ? { status: 0 } : spawnSync('next', ['build'], { stdio: 'inherit', env });
  if (build.status !== 0) {
    await Promise.all([smtp.close(), stopDatabase()]);
    exitWhenIdle(build.status ?? 1);
  } else {
    const app = spawn('next', ['start', '--port', String(E2E_PORT), '--hostname', 'localhost'], { stdio: 'inherit', env });
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => app.kill(signal));
    app.on('exit', async (code) => {
      await Promise.all([smtp.close(), stopDatabase()]);
      exitWhenIdle(code ?? 0);
    });
  }
} else {
  exitWhenIdle(1);
}
