import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { givePrivateUploadDir } from './upload-dir';

/** Gives this test file a private database copied from the migrated template. */
const adminUrl = inject('adminDatabaseUrl');
const template = inject('templateDatabase');
const name = `test_${randomBytes(6).toString('hex')}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
await admin.end();

process.env.DATABASE_URL = databaseUrl(name);
// And a private upload directory, so stored files never cross between test files.
givePrivateUploadDir();

export function databaseUrl(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
