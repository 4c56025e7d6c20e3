import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';

describe('db:seed', () => {
  it('creates the catalogue and articles once and never overwrites what staff changed', async () => {
    await seed(db);
    await db.productVariant.update({ where: { sku: 'QLC-2' }, data: { priceCents: 9999, stock: 3 } });
    await db.article.update({ where: { slug: 'lower-back-muscle-spasms' }, data: { title: 'Edited by staff' } });

    await seed(db);

    const articleFiles = (await readdir('prisma/content/articles')).filter((f) => f.endsWith('.md'));
    expect(await db.product.count()).toBe(1);
    expect(await db.productVariant.count()).toBe(2);
    expect(await db.article.count()).toBe(articleFiles.length);
    expect(await db.productVariant.findUnique({ where: { sku: 'QLC-2' }, select: { priceCents: true, stock: true } })).toEqual({
      priceCents: 9999,
      stock: 3,
    });
    expect((await db.article.findUnique({ where: { slug: 'lower-back-muscle-spasms' } }))!.title).toBe('Edited by staff');
  });
});
