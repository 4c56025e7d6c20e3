/**
 * Writes a content migration: the seed only creates what is missing, so copy
 * changed in prisma/content or prisma/seed-data.ts never reaches a database
 * seeded earlier. This compares the seeded copy at an earlier commit with the
 * files now and writes
 *   prisma/migrations/<name>/migration.sql  (updates a field only while it still equals the old seed text)
 *   tests/fixtures/<name>.old-seed.json     (the old values, for the migration's test)
 *
 *   npx tsx scripts/write-content-migration.ts <old-commit> <migration-name> [old-slug=new-slug …]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFrontMatter } from '../lib/content/front-matter';
import { seedProducts } from '../prisma/seed-data';

const ROOT = path.resolve(import.meta.dirname, '..');
const [oldCommit, name, ...renames] = process.argv.slice(2);
if (!oldCommit || !name) throw new Error('usage: write-content-migration.ts <old-commit> <migration-name> [old-slug=new-slug …]');
const renamed = new Map(renames.map((pair) => pair.split('=') as [string, string]));

export interface Change {
  table: 'Article' | 'MuscleGuide' | 'Product';
  slug: string;
  column: string;
  json: boolean;
  oldValue: unknown;
  newValue: unknown;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
const TEXT_FIELDS = ['title', 'excerpt', 'seoTitle', 'seoDescription'];

function documentsAt(folder: string, commit: string | null) {
  const dir = `prisma/content/${folder}`;
  const files = commit ? git('ls-tree', '--name-only', `${commit}:${dir}`).split('\n').filter(Boolean) : readdirSync(path.join(ROOT, dir));
  return files
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const source = commit ? git('show', `${commit}:${dir}/${file}`) : readFileSync(path.join(ROOT, dir, file), 'utf8');
      const { data, body } = parseFrontMatter(source);
      return {
        slug: String(data.slug),
        fields: { ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, data[k] ?? null])), bodyMarkdown: body },
      };
    });
}

function contentChanges(folder: string, table: Change['table']): Change[] {
  const now = new Map(documentsAt(folder, null).map((d) => [d.slug, d]));
  return documentsAt(folder, oldCommit!).flatMap((old) => {
    const newSlug = renamed.get(old.slug) ?? old.slug;
    const current = now.get(newSlug);
    if (!current) return [];
    const changes: Change[] = [];
    if (newSlug !== old.slug) changes.push({ table, slug: old.slug, column: 'slug', json: false, oldValue: old.slug, newValue: newSlug });
    for (const [column, oldValue] of Object.entries(old.fields)) {
      const newValue = current.fields[column as keyof typeof current.fields];
      if (oldValue !== newValue) changes.push({ table, slug: newSlug, column, json: false, oldValue, newValue });
    }
    return changes;
  });
}

async function productChanges(): Promise<Change[]> {
  const oldFile = path.join(os.tmpdir(), `seed-data-${oldCommit}.ts`);
  writeFileSync(oldFile, git('show', `${oldCommit}:prisma/seed-data.ts`));
  const old = (await import(oldFile)) as { seedProducts: typeof seedProducts };
  return old.seedProducts.flatMap((before) => {
    const after = seedProducts.find((p) => p.slug === before.slug);
    if (!after) return [];
    return (['tagline', 'description', 'faq', 'usage'] as const)
      .filter((column) => JSON.stringify(before[column]) !== JSON.stringify(after[column]))
      .map((column) => ({
        table: 'Product' as const,
        slug: before.slug,
        column,
        json: column === 'faq' || column === 'usage',
        oldValue: before[column],
        newValue: after[column],
      }));
  });
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

function quoted(value: string): string {
  let tag = 'qlc';
  while (value.includes(`$${tag}$`)) tag += 'x';
  return `$${tag}$${value}$${tag}$`;
}

function row(change: Change): string {
  const text = (v: unknown) => (v === null ? 'NULL' : quoted(change.json ? JSON.stringify(v) : String(v)));
  const oldMd5 = change.json || change.oldValue === null ? 'NULL' : `'${md5(String(change.oldValue))}'`;
  const oldJson = change.json ? text(change.oldValue) : 'NULL';
  return `  ('${change.table}', '${change.slug}', '${change.column}', ${change.json}, ${oldMd5}, ${oldJson}, ${text(change.newValue)})`;
}

const changes = [...contentChanges('articles', 'Article'), ...contentChanges('muscles', 'MuscleGuide'), ...(await productChanges())];
const template = readFileSync(path.join(ROOT, 'scripts/content-migration.sql.template'), 'utf8');
const sql = template.replace('-- ROWS --', changes.map(row).join(',\n') + ';').replace('-- SOURCE --', `${oldCommit} → ${name}`);
mkdirSync(path.join(ROOT, 'prisma/migrations', name), { recursive: true });
writeFileSync(path.join(ROOT, 'prisma/migrations', name, 'migration.sql'), sql);
mkdirSync(path.join(ROOT, 'tests/fixtures'), { recursive: true });
writeFileSync(path.join(ROOT, 'tests/fixtures', `${name}.old-seed.json`), JSON.stringify(changes, null, 2) + '\n');
console.log(`${changes.length} field change(s) written to ${name}`);
