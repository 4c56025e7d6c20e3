import { expect, it } from 'vitest';
import { queryRows } from '../support/databases';

// Never part of the normal suite (see vitest.config.ts here). The first test
// proves the canary ran with a real database; the second must fail, and its
// run must exit non-zero, or CI stops: a green run would mean nothing.
it('reaches its database', async () => {
  const [row] = await queryRows<{ ok: number }>(process.env.DATABASE_URL!, 'SELECT 1 AS ok');
  expect(row?.ok).toBe(1);
});

it('fails on purpose', () => {
  expect(1).toBe(2);
});
