import { describe, expect, it } from 'vitest';
import { queryRows } from '../support/databases';
import { describeDatabase, describePrismaSchema, SQL_ONLY_INDEXES } from '../support/schema-description';

describe('the migrated database and schema.prisma', () => {
  it('agree on every table, column, type, nullability, default, index and foreign key', async () => {
    const [expected, actual] = await Promise.all([describePrismaSchema(), describeDatabase(process.env.DATABASE_URL!)]);
    expect(expected.length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
  });

  it('has every SQL-only index the schema comments promise, and no others', async () => {
    const rows = await queryRows<{ indexname: string }>(
      process.env.DATABASE_URL!,
      `SELECT indexname FROM pg_indexes WHERE indexname LIKE '%\\_search\\_idx'`,
    );
    expect(new Set(rows.map((r) => r.indexname))).toEqual(SQL_ONLY_INDEXES);
  });
});
