import { describe, expect, it } from 'vitest';
import { describeDatabase, describePrismaSchema } from '../support/schema-description';

describe('the migrated database and schema.prisma', () => {
  it('agree on every table, column, type, nullability, default, index and foreign key', async () => {
    const [expected, actual] = await Promise.all([describePrismaSchema(), describeDatabase(process.env.DATABASE_URL!)]);
    expect(expected.length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
  });
});
