/**
 * The server Playwright tests run against: a fresh embedded PostgreSQL,
 * migrated and seeded, then `next build` and `next start` in production mode.
 * E2E_SKIP_BUILD=1 reuses the last build while iterating on tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../lib/db';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { seed } from '../prisma/seed';
import { E2E_BASE_URL, E2E_DB_PORT, E2E_MAIL_DIR, E2E_PORT, E2E_SMTP_PORT } from '../tests/e2e/support/config';
import { startSmtpReceiver } from '../tests/support/smtp-receiver';

// Every e-mail the app sends lands in E2E_MAIL_DIR, where the browser tests read it.
rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
mkdirSync(E2E_MAIL_DIR, { recursive: true });
let received = 0;
const smtp = await startSmtpReceiver({
  port: E2E_SMTP_PORT,
  onMessage: (mail) => writeFileSync(path.join(E2E_MAIL_DIR, `${Date.now()}-${++received}.eml`), mail.raw),
});

const server = await startEmbeddedPostgres({ dataDir: path.resolve('.data/e2e-postgres'), port: E2E_DB_PORT, fresh: true });
await server.ensureDatabase('qlclaw');
const url = server.urlFor('qlclaw');
await migrate(url);
const db = createDb(url, 2);
await seed(db, { adminEmail: 'admin@qlclaw.test' });
await db.$disconnect();

const env = {
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URL: url,
  APP_URL: E2E_BASE_URL,
  AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
  SMTP_URL: smtp.url,
  PAYMENTS_PROVIDER: 'test',
  CHECKOUT_SWEEP_SECONDS: '3',
  NEXT_TELEMETRY_DISABLED: '1',
};

if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('next', ['build'], { stdio: 'inherit', env });
  if (build.status !== 0) {
    await server.stop();
    process.exit(build.status ?? 1);
  }
}

const app = spawn('next', ['start', '--port', String(E2E_PORT), '--hostname', 'localhost'], { stdio: 'inherit', env });
const stop = async () => {
  app.kill('SIGTERM');
  await smtp.close();
  await server.stop().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.on('exit', async (code) => {
  await server.stop().catch(() => {});
  process.exit(code ?? 1);
});
