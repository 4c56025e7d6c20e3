import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { EmbeddedDatabaseError, startEmbeddedPostgres } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';

/**
 * One throwaway PostgreSQL for the integration run, with a migrated template
 * database; each test file then gets its own copy (database-per-file.ts), so
 * files run in parallel without sharing rows. TEST_DATABASE_ADMIN_URL points
 * the suite at an existing server instead.
 */
export const TEMPLATE_DATABASE = 'qlclaw_template';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'qlclaw-test-'));
    // As root the server runs as the `postgres` user, which must reach the directory.
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'pg');
    const port = 55000 + Math.floor(Math.random() * 5000);
    const server = await startEmbeddedPostgres({ dataDir, port, fresh: true }).catch(explain);
    adminUrl = server.adminUrl;
    stop = server.stop;
  }
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await migrate(adminUrl.replace(/\/[^/]*$/, `/${TEMPLATE_DATABASE}`));

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE_DATABASE);
  return async () => {
    await stop?.();
  };
}

/** Vitest prints a global set-up error with its stack; the explanation is all that helps here. */
function explain(error: unknown): never {
  if (!(error instanceof EmbeddedDatabaseError)) throw error;
  const clean = new Error(`The integration tests need a database.\n${error.message}`);
  clean.stack = clean.message;
  throw clean;
}
