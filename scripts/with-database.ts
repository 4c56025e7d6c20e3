/**
 * `tsx scripts/with-database.ts <command…>` runs a command against a ready
 * database. With DATABASE_URL set it changes nothing and starts nothing.
 * Without it (the embedded default) it starts PostgreSQL from npm with its
 * data in .data/, applies pending migrations, seeds what is missing, runs the
 * command with DATABASE_URL pointing there, and stops the server afterwards.
 * It exits with the command's exit code.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createDb } from '../lib/db';
import { EmbeddedDatabaseError, exitWhenIdle, startEmbeddedPostgres, type EmbeddedDatabase } from '../lib/db/embedded';
import { migrate, MigrationError } from '../lib/db/migrate';
import { seed } from '../prisma/seed';

const log = (line: string) => console.log(`[db] ${line}`);

async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<EmbeddedDatabase | undefined> {
  if (env.DATABASE_URL) return undefined;
  const dataDir = path.resolve(env.EMBEDDED_PG_DIR ?? '.data/postgres');
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  const server = await startEmbeddedPostgres({ dataDir, port, fresh: env.EMBEDDED_PG_FRESH === '1', log });
  try {
    await server.ensureDatabase('qlclaw');
    env.DATABASE_URL = server.urlFor('qlclaw');
    log(`embedded PostgreSQL ready at ${env.DATABASE_URL.replace(/:[^:@/]+@/, ':****@')}`);
    await migrate(env.DATABASE_URL, { log });
    const db = createDb(env.DATABASE_URL, 2);
    await seed(db, { adminEmail: env.SEED_ADMIN_EMAIL, log }).finally(() => db.$disconnect());
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`[db] could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: tsx scripts/with-database.ts <command> [args…]');
    return 2;
  }
  const env = { ...process.env };
  let server: EmbeddedDatabase | undefined;
  try {
    server = await prepareDatabase(env);
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseError || error instanceof MigrationError)) throw error;
    console.error(`[db] ${error.message}`);
    if (error instanceof EmbeddedDatabaseError && error.code === 'failed') {
      console.error('[db] Is another `npm run dev` using it? Stop it, or set EMBEDDED_PG_PORT / EMBEDDED_PG_DIR, or DATABASE_URL.');
    }
    return 1;
  }
  try {
    return await run(command, args, env);
  } finally {
    await server?.stop();
  }
}

exitWhenIdle(await main());
