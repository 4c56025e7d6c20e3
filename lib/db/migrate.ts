import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Logger, runMigrations } from 'graphile-worker';
import pg from 'pg';

/**
 * Applies prisma/migrations/<name>/migration.sql in name order, recording each
 * in `_prisma_migrations` exactly as Prisma's engine does (same table, SHA-256
 * checksum of the file, started/finished timestamps, applied_steps_count), so
 * `prisma migrate status` agrees with us and `prisma migrate deploy` finds
 * nothing to do. Runners on several instances serialise on the same advisory
 * lock key Prisma uses, so each migration is applied exactly once.
 *
 * Before them, under the same lock, graphile-worker installs or upgrades its own
 * schema (`graphile_worker`, the job queue of lib/jobs) with its own migrations:
 * first, so that a migration of ours may enqueue jobs (20261202093000_outbox_jobs
 * gives every e-mail still waiting its delivery job). Prisma's schema does not
 * describe that schema; the drift test compares `public` only.
 */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

const CREATE_HISTORY_TABLE = `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export async function migrate(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await installJobQueue(connectionString);
      await client.query(CREATE_HISTORY_TABLE);
      const { rows } = await client.query<AppliedRow>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      );
      const applied = checkHistory(rows, migrations);
      const pending = migrations.filter((m) => !applied.has(m.name));
      for (const migration of pending) {
        const notices = await applyOne(client, migration);
        log(`applied ${migration.name}`);
        for (const notice of notices) log(`  ${migration.name}: ${notice}`);
      }
      return { applied: pending.map((m) => m.name), alreadyApplied: [...applied] };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** graphile-worker's own migrations (idempotent; they skip what is installed). Its debug chatter is not ours to print. */
async function installJobQueue(connectionString: string): Promise<void> {
  const quiet = new Logger(() => () => {});
  try {
    await runMigrations({ connectionString, maxPoolSize: 1, logger: quiet });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Installing the job queue's schema (graphile-worker) failed: ${reason}`);
  }
}

/** Returns the names already applied; refuses edited or failed migrations. */
function checkHistory(rows: AppliedRow[], migrations: MigrationFile[]): Set<string> {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  const applied = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration \`${row.migration_name}\` started but never finished. Inspect the database, then mark it rolled back ` +
          `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}') before migrating again.`,
      );
    }
    const local = byName.get(row.migration_name);
    if (local && local.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration \`${row.migration_name}\` was modified after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ` +
          `${local.checksum.slice(0, 12)}… on disk). Restore the original file and put the change in a new migration.`,
      );
    }
    applied.add(row.migration_name);
  }
  return applied;
}

/**
 * Applies one migration; returns the NOTICEs its SQL raised (a content
 * migration names the rows it left alone), which are also kept in the
 * history row's `logs` for whoever checks later.
 */
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<string[]> {
  const id = randomUUID();
  const notices: string[] = [];
  const onNotice = (notice: { message?: string }) => notices.push(notice.message ?? '');
  client.on('notice', onNotice);
  await client.query('BEGIN');
  try {
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1, logs = $2 WHERE id = $1', [
      id,
      notices.length ? notices.join('\n') : null,
    ]);
    await client.query('COMMIT');
    return notices;
  } catch (error) {
    await client.query('ROLLBACK');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration \`${migration.name}\` failed and was rolled back: ${reason}`);
  } finally {
    client.off('notice', onNotice);
  }
}
