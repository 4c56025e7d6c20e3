/**
 * `tsx scripts/with-database.ts <command…>` runs a command against a ready
 * database. With DATABASE_URL set it changes nothing and starts nothing.
 * Without it (the embedded default) it starts PostgreSQL from npm with its
 * data in .data/, applies pending migrations, seeds what is missing, runs the
 * command with DATABASE_URL pointing there, and stops the server afterwards.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { createDb } from '../lib/db';
import { migrate } from '../lib/db/migrate';
import { seed } from '../prisma/seed';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: tsx scripts/with-database.ts <command> [args…]');
  process.exit(2);
}

const log = (line: string) => console.log(`[db] ${line}`);
const env = { ...process.env };
let stopDatabase: (() => Promise<void>) | undefined;

if (!env.DATABASE_URL) {
  const dataDir = path.resolve(env.EMBEDDED_PG_DIR ?? '.data/postgres');
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  const fresh = env.EMBEDDED_PG_FRESH === '1';
  try {
    const server = await startEmbeddedPostgres({ dataDir, port, fresh, log });
    stopDatabase = server.stop;
    await server.ensureDatabase('qlclaw');
    env.DATABASE_URL = server.urlFor('qlclaw');
  } catch (error) {
    console.error(`[db] could not start the embedded PostgreSQL on port ${port} with data in ${dataDir}.`);
    console.error('[db] Is another `npm run dev` using it? Stop it, or set EMBEDDED_PG_PORT / EMBEDDED_PG_DIR, or DATABASE_URL.');
    console.error(error);
    process.exit(1);
  }
  log(`embedded PostgreSQL ready at ${env.DATABASE_URL.replace(/:[^:@/]+@/, ':****@')}`);
  await migrate(env.DATABASE_URL, { log });
  const db = createDb(env.DATABASE_URL, 2);
  await seed(db, { adminEmail: env.SEED_ADMIN_EMAIL, log }).finally(() => db.$disconnect());
}

const child = spawn(command, args, { stdio: 'inherit', env });
let stopping = false;
const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await stopDatabase?.().catch(() => {});
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => void shutdown(code ?? (signal ? 1 : 0)));
child.on('error', (error) => {
  console.error(error);
  void shutdown(1);
});
