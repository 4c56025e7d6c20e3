import { cp, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db';
import { migrate, MIGRATIONS_DIR } from '@/lib/db/migrate';
import { seed } from '@/prisma/seed';
import { createEmptyDatabase, queryRows } from '../support/databases';

/**
 * The content migration on a database seeded before it: unedited copy gets
 * the new text, a field staff edited is kept and named in the output.
 */
const NAME = '20261201080000_content_claims_and_safety';
interface Change {
  table: 'Article' | 'MuscleGuide' | 'Product';
  slug: string;
  column: string;
  json: boolean;
  oldValue: unknown;
  newValue: unknown;
}
const changes = JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../fixtures/${NAME}.old-seed.json`), 'utf8')) as Change[];
const RENAMED = { from: 'why-you-get-low-back-spasms', to: 'what-sets-off-a-lower-back-spasm' };

const clients: Db[] = [];
afterAll(async () => Promise.all(clients.map((c) => c.$disconnect())));

async function migrationsBeforeThisOne(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'qlclaw-content-')), 'migrations');
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  await rm(path.join(dir, NAME), { recursive: true });
  return dir;
}

const quote = (name: string) => `"${name}"`;

/** Puts every changed field back to what the old seed wrote, and the renamed article under its old slug. */
async function restoreOldSeed(url: string): Promise<void> {
  await queryRows(url, 'DELETE FROM "ArticleRedirect" WHERE "fromSlug" = $1', [RENAMED.from]);
  await queryRows(url, 'UPDATE "Article" SET slug = $1 WHERE slug = $2', [RENAMED.from, RENAMED.to]);
  for (const c of changes.filter((c) => c.column !== 'slug')) {
    const slug = c.slug === RENAMED.to ? RENAMED.from : c.slug;
    const value = c.json ? JSON.stringify(c.oldValue) : c.oldValue;
    await queryRows(url, `UPDATE ${quote(c.table)} SET ${quote(c.column)} = $1${c.json ? '::jsonb' : ''} WHERE slug = $2`, [value, slug]);
  }
}

async function valueOf(url: string, c: Change): Promise<unknown> {
  const [row] = await queryRows<{ value: unknown }>(url, `SELECT ${quote(c.column)} AS value FROM ${quote(c.table)} WHERE slug = $1`, [
    c.slug,
  ]);
  return row?.value;
}

describe('the issue-13 content migration', () => {
  it('updates the copy still equal to the old seed text, keeps a staff edit and names it, and keeps the old slug working', async () => {
    const url = await createEmptyDatabase();
    await migrate(url, { dir: await migrationsBeforeThisOne() });
    const client = createDb(url, 1);
    clients.push(client);
    await seed(client);
    await restoreOldSeed(url);
    const psoasBody = changes.find((c) => c.table === 'MuscleGuide' && c.slug === 'psoas' && c.column === 'bodyMarkdown')!;
    const staffText = `${String(psoasBody.oldValue)}\nA paragraph staff added last week.\n`;
    await queryRows(url, 'UPDATE "MuscleGuide" SET "bodyMarkdown" = $1 WHERE slug = $2', [staffText, 'psoas']);

    const lines: string[] = [];
    const result = await migrate(url, { log: (line) => lines.push(line) });

    expect(result.applied).toEqual([NAME]);
    for (const c of changes.filter((c) => c !== psoasBody && c.column !== 'slug')) {
      expect(await valueOf(url, c), `${c.table} ${c.slug} ${c.column}`).toEqual(c.newValue);
    }
    expect(await valueOf(url, psoasBody)).toBe(staffText);
    const report = lines.filter((l) => l.includes('left alone'));
    expect(report).toEqual([
      `  ${NAME}: left alone: MuscleGuide "psoas" field bodyMarkdown was edited by staff since it was seeded; compare it with prisma/content by hand`,
      `  ${NAME}: content migration done: 1 field(s) left alone because staff had edited them`,
    ]);
    const [history] = await queryRows<{ logs: string }>(url, 'SELECT logs FROM "_prisma_migrations" WHERE migration_name = $1', [NAME]);
    expect(history!.logs).toContain('MuscleGuide "psoas" field bodyMarkdown');

    const [redirect] = await queryRows<{ slug: string }>(
      url,
      'SELECT a.slug FROM "ArticleRedirect" r JOIN "Article" a ON a.id = r."articleId" WHERE r."fromSlug" = $1',
      [RENAMED.from],
    );
    expect(redirect?.slug).toBe(RENAMED.to);
    // And the seed, run after it as on every deploy, creates nothing twice.
    await seed(client);
    expect(await client.article.count({ where: { slug: { in: [RENAMED.from, RENAMED.to] } } })).toBe(1);
  });

  it('does nothing to a database seeded after it, where the new text is already in place', async () => {
    const url = await createEmptyDatabase();
    await migrate(url);
    const client = createDb(url, 1);
    clients.push(client);
    await seed(client);
    for (const c of changes.filter((c) => c.column !== 'slug')) expect(await valueOf(url, c)).toEqual(c.newValue);
    expect(await client.articleRedirect.count({ where: { fromSlug: RENAMED.from } })).toBe(1);
  });
});
