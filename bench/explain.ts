/**
 * Why a query is slow: runs the work once on a Prisma client that logs its
 * SQL, then asks PostgreSQL for the plan of the slowest statement (with the
 * same parameters) and returns a one-line summary of it.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../lib/db/generated/client';
import type { Db } from '../lib/db';

export async function explainSlowest(databaseUrl: string, work: (client: Db) => Promise<unknown>): Promise<string> {
  const logged = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }),
    log: [{ level: 'query', emit: 'event' }],
  });
  const queries: { sql: string; params: unknown[]; duration: number }[] = [];
  logged.$on('query', (event) => {
    queries.push({ sql: event.query, params: JSON.parse(event.params) as unknown[], duration: event.duration });
  });
  try {
    await work(logged);
    await work(logged);
  } finally {
    await logged.$disconnect();
  }
  const slowest = queries.slice(queries.length / 2).sort((a, b) => b.duration - a.duration)[0];
  if (!slowest) return 'no SQL was logged';
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ${slowest.sql}`,
      slowest.params,
    );
    const plan = rows.map((r) => r['QUERY PLAN'].trim());
    // The plan's nodes only (the first line and every "->" line), without their timings.
    const nodes = plan
      .filter((line, i) => i === 0 || line.startsWith('->'))
      .map((line) => line.replace(/^->\s*/, '').replace(/\s*\(actual.*$/, ''))
      .slice(0, 5);
    const time = plan.find((line) => line.startsWith('Execution Time'));
    const kind = /count\(/i.test(slowest.sql.slice(0, 120)) ? 'count' : 'rows';
    return `${kind} query ${slowest.duration.toFixed(1)} ms: ${nodes.join(' > ')}${time ? ` (EXPLAIN ANALYZE ${time.replace('Execution Time: ', '')})` : ''}`;
  } catch (error) {
    return `plan unavailable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end();
  }
}
