import { beforeAll, describe, expect, it, vi } from 'vitest';
import { updateProductAction } from '@/lib/catalog/admin-actions';
import { getProductOrThrow, type ProductDto } from '@/lib/catalog/queries';
import type { ProductEdit } from '@/lib/catalog/schemas';
import { updateProduct } from '@/lib/catalog/service';
import { db } from '@/lib/db';
import { toDecimalString } from '@/lib/money';
import { seed } from '@/prisma/seed';
import { formData } from '../support/form-data';
import * as cache from '../support/next-cache';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

/** The editor's form for a product as it stands, as the admin page fills it in. */
function formFor(product: ProductDto): Record<string, string> {
  const values: Record<string, string> = {
    slug: product.slug,
    name: product.name,
    tagline: product.tagline,
    description: product.description,
    inTheBox: product.inTheBox.join('\n'),
    dimensions: product.dimensions,
    materials: product.materials,
  };
  product.variants.forEach((v, i) => {
    values[`variants.${i}.sku`] = v.sku;
    values[`variants.${i}.price`] = toDecimalString(v.price);
    values[`variants.${i}.stock`] = String(v.stock);
    values[`variants.${i}.stockWas`] = String(v.stock);
  });
  return values;
}

function editOf(product: ProductDto, changes: Partial<ProductEdit> = {}): ProductEdit {
  const { slug, name, tagline, description, inTheBox, dimensions, materials } = product;
  const variants = product.variants.map((v) => ({ sku: v.sku, price: v.price.amount, stock: v.stock }));
  return { slug, name, tagline, description, inTheBox, dimensions, materials, variants, ...changes };
}

beforeAll(() => seed(db));

describe('updateProduct', () => {
  it('applies a stock edit relative to what the editor showed, so units reserved meanwhile are not sold twice', async () => {
    actAs('admin');
    await db.productVariant.update({ where: { sku: 'QLC-1' }, data: { stock: 20 } });
    const form = formFor(await getProductOrThrow('ql-claw'));
    // A checkout reserves 3 units while the admin is typing "+10".
    await db.productVariant.update({ where: { sku: 'QLC-1' }, data: { stock: { decrement: 3 } } });
    expect(await updateProductAction({ ok: true }, formData({ ...form, 'variants.0.stock': '30' }))).toMatchObject({ ok: true });
    expect((await getProductOrThrow('ql-claw')).variants[0]!.stock).toBe(27);

    // Lowering below what is left is refused, naming the problem, and nothing is saved.
    const stale = formFor(await getProductOrThrow('ql-claw'));
    await db.productVariant.update({ where: { sku: 'QLC-1' }, data: { stock: 2 } });
    const refused = await updateProductAction({ ok: true }, formData({ ...stale, name: 'Renamed', 'variants.0.stock': '0' }));
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/changed while you were editing/) });
    expect(await getProductOrThrow('ql-claw')).toMatchObject({ name: 'QL Claw' });
    expect((await getProductOrThrow('ql-claw')).variants[0]!.stock).toBe(2);
  });

  it('changes the copy, and the price and stock of each variant', async () => {
    const before = await getProductOrThrow('ql-claw');
    await updateProduct(
      editOf(before, {
        name: 'QL Claw (2nd edition)',
        inTheBox: ['1 × QL Claw', 'Quick-start card'],
        variants: [
          { sku: 'QLC-1', price: 5400, stock: 8 },
          { sku: 'QLC-2', price: 9900, stock: 0 },
        ],
      }),
    );
    const after = await getProductOrThrow('ql-claw');
    expect(after).toMatchObject({ name: 'QL Claw (2nd edition)', tagline: before.tagline, inTheBox: ['1 × QL Claw', 'Quick-start card'] });
    expect(after.variants.map((v) => [v.sku, v.price.amount, v.stock, v.availability.kind])).toEqual([
      ['QLC-1', 5400, 8, 'low-stock'],
      ['QLC-2', 9900, 0, 'out-of-stock'],
    ]);
    expect(after.fromPrice).toEqual({ amount: 5400, currency: 'USD' });
  });

  it('changes nothing when one SKU is unknown, or belongs to another product', async () => {
    const other = await db.product.create({
      data: {
        slug: 'other-thing',
        name: 'Other',
        tagline: 'Another product entirely',
        description: 'x'.repeat(40),
        imagePath: '/x.svg',
        imageAlt: 'x',
        inTheBox: ['x'],
      },
    });
    await db.productVariant.create({
      data: { productId: other.id, sku: 'OTHER-1', name: 'Other', priceCents: 1000, currency: 'USD', stock: 5 },
    });
    const before = await getProductOrThrow('ql-claw');
    for (const sku of ['NO-SUCH-SKU', 'OTHER-1']) {
      const edit = editOf(before, {
        name: 'Renamed',
        variants: [
          { sku: 'QLC-1', price: 100, stock: 1 },
          { sku, price: 100, stock: 1 },
        ],
      });
      await expect(updateProduct(edit), sku).rejects.toMatchObject({ code: 'UNPROCESSABLE', message: expect.stringContaining(sku) });
    }
    expect(await getProductOrThrow('ql-claw')).toEqual(before);
    expect(await db.productVariant.findUniqueOrThrow({ where: { sku: 'OTHER-1' }, select: { priceCents: true, stock: true } })).toEqual({
      priceCents: 1000,
      stock: 5,
    });
  });

  it('answers an unknown product with NOT_FOUND', async () => {
    const edit = editOf(await getProductOrThrow('ql-claw'), { slug: 'no-such-product' });
    await expect(updateProduct(edit)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('updateProductAction', () => {
  it('reads prices as decimals and stock as whole units, saves, and refreshes the store and the editor', async () => {
    actAs('admin');
    const values = {
      ...formFor(await getProductOrThrow('ql-claw')),
      'variants.0.price': '47.50',
      'variants.0.stock': '31',
      inTheBox: ' One QL Claw \n\n A pouch ',
    };
    expect(await updateProductAction({ ok: true }, formData(values))).toMatchObject({ ok: true });
    const after = await getProductOrThrow('ql-claw');
    expect(after.variants[0]).toMatchObject({ price: { amount: 4750, currency: 'USD' }, stock: 31 });
    expect(after.inTheBox).toEqual(['One QL Claw', 'A pouch']);
    for (const path of ['/', '/products/ql-claw', '/admin/products']) expect(cache.revalidatePath).toHaveBeenCalledWith(path);
  });

  it('returns an error for each bad variant field, keeps what was typed, and saves nothing', async () => {
    actAs('admin');
    const before = await getProductOrThrow('ql-claw');
    const values = { ...formFor(before), name: '', 'variants.1.price': '49.5', 'variants.0.stock': '', 'variants.1.stock': '-2' };
    const result = await updateProductAction({ ok: true }, formData(values));
    expect(result).toMatchObject({ ok: false, code: 'UNPROCESSABLE', values: { 'variants.1.price': '49.5' } });
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['name', 'variants.0.stock', 'variants.1.price', 'variants.1.stock']);
    expect(result.fieldErrors?.['variants.1.price']).toEqual(['Price: enter an amount like 49.00']);
    expect(await getProductOrThrow('ql-claw')).toEqual(before);
  });
});
