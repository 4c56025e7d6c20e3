import pg from 'pg';
import { E2E_DATABASE_URL } from './config';

/** Direct access to the end-to-end server's database, for arranging and checking state. */
export async function sql<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
