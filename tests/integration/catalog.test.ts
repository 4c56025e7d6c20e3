import { beforeAll, describe, expect, it } from 'vitest';
import { getProduct, getProductOrThrow } from '@/lib/catalog/queries';
import { db } from '@/lib/db';
import { type AppError } from '@/lib/errors';
import { seed } from '@/prisma/seed';

describe('catalogue reads', () => {
  beforeAll(() => seed(db));

  it('returns the price stored in PostgreSQL, and the new one after it changes', async () => {
    const before = await getProductOrThrow('ql-claw');
    expect(before.variants.map((v) => v.sku)).toEqual(['QLC-1', 'QLC-2']);
    expect(before.fromPrice).toEqual({ amount: 4900, currency: 'USD' });

    await db.productVariant.update({ where: { sku: 'QLC-1' }, data: { priceCents: 4321 } });

    const after = await getProductOrThrow('ql-claw');
    expect(after.variants[0]!.price).toEqual({ amount: 4321, currency: 'USD' });
    expect(after.fromPrice.amount).toBe(4321);
  });

  it('answers an unknown product with null, or NOT_FOUND when asked to throw', async () => {
    expect(await getProduct('no-such-thing')).toBeNull();
    await expect(getProductOrThrow('no-such-thing')).rejects.toMatchObject({ code: 'NOT_FOUND' } satisfies Partial<AppError>);
  });
});
