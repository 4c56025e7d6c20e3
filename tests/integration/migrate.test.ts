import { cp, mkdir, mkdtemp, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf, migrate, MIGRATIONS_DIR, MigrationError, readMigrations } from '@/lib/db/migrate';
import { createEmptyDatabase, queryRows } from '../support/databases';

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

const history = (url: string) => queryRows<HistoryRow>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');

async function copyOfMigrations(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'qlclaw-migrations-')), 'migrations');
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe('db:migrate', () => {
  it('applies every migration once when two instances start at the same time, recording them as Prisma does', async () => {
    const url = await createEmptyDatabase();
    const files = await readMigrations();

    const [first, second] = await Promise.all([migrate(url), migrate(url)]);

    expect([...first.applied, ...second.applied].sort()).toEqual(files.map((f) => f.name));
    const rows = await history(url);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect((await migrate(url)).applied).toEqual([]);
    // And the job queue's own schema, installed once by graphile-worker's migrations.
    const queue = await queryRows<{ n: number }>(url, 'SELECT count(*)::int AS n FROM graphile_worker.migrations');
    expect(queue[0]!.n).toBeGreaterThanOrEqual(18);
  });

  it('refuses a migration that was edited after it was applied, naming it', async () => {
    const url = await createEmptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const [first] = await readMigrations(dir);
    await appendFile(path.join(dir, first!.name, 'migration.sql'), '\n-- a later edit\n');

    const attempt = migrate(url, { dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(`Migration \`${first!.name}\` was modified after it was applied`);
  });

  it('rolls a failing migration back whole, so fixing it and running again applies it', async () => {
    const url = await createEmptyDatabase();
    const dir = await copyOfMigrations();
    const broken = path.join(dir, '99990101000000_broken');
    await mkdir(broken);
    const sql = 'CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n';
    await writeFile(path.join(broken, 'migration.sql'), sql);

    await expect(migrate(url, { dir })).rejects.toThrow(/`99990101000000_broken` failed and was rolled back: .*NoSuchTable/);
    const tables = await queryRows<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Half'`);
    expect(tables[0]!.n).toBe(0);
    expect((await history(url)).map((r) => r.migration_name)).not.toContain('99990101000000_broken');

    const fixed = 'CREATE TABLE "Half" (id int);\n';
    await writeFile(path.join(broken, 'migration.sql'), fixed);
    expect((await migrate(url, { dir })).applied).toEqual(['99990101000000_broken']);
    expect((await history(url)).at(-1)!.checksum).toBe(checksumOf(fixed));
  });
});
