/**
 * The server Playwright tests run against: a fresh embedded PostgreSQL,
 * migrated and seeded, then `next build` and `next start` in production mode.
 * E2E_SKIP_BUILD=1 reuses the last build while iterating on tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { createDb } from '../lib/db';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { seed } from '../prisma/seed';
import { E2E_BASE_URL, E2E_DB_PORT, E2E_PORT } from '../tests/e2e/support/config';

const server = await startEmbeddedPostgres({ dataDir: path.resolve('.data/e2e-postgres'), port: E2E_DB_PORT, fresh: true });
await server.ensureDatabase('qlclaw');
const url = server.urlFor('qlclaw');
await migrate(url);
const db = createDb(url, 2);
await seed(db);
await db.$disconnect();

const env = {
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URL: url,
  APP_URL: E2E_BASE_URL,
  AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
  NEXT_TELEMETRY_DISABLED: '1',
};

if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('next', ['build'], { stdio: 'inherit', env });
  if (build.status !== 0) {
    await server.stop();
    process.exit(build.status ?? 1);
  }
}

const app = spawn('next', ['start', '--port', String(E2E_PORT), '--hostname', '127.0.0.1'], { stdio: 'inherit', env });
const stop = async () => {
  app.kill('SIGTERM');
  await server.stop().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.on('exit', async (code) => {
  await server.stop().catch(() => {});
  process.exit(code ?? 1);
});
