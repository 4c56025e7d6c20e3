import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addToCartAction, removeCartLineAction, updateCartLineAction } from '@/lib/cart/actions';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { setStock } from '../factories/cart';
import { formData } from '../support/form-data';
import { run } from '../support/next-navigation';
import { actAs } from '../support/viewer';
import { cookieJar } from './hostile-support';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));
vi.mock('next/headers', async () => (await import('./hostile-support')).nextHeaders());
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

/** A plain `<form action>` ends in a redirect to the cart; this returns where it went. */
async function submitLine(action: (data: FormData) => Promise<void>, data: FormData): Promise<string | undefined> {
  const { redirect } = await run(async (_previous, form) => (await action(form), { ok: true }), data);
  return redirect;
}

let single: string;
beforeAll(async () => {
  await seed(db);
  single = (await db.productVariant.findUniqueOrThrow({ where: { sku: 'QLC-1' } })).id;
});
beforeEach(async () => {
  actAs(null);
  cookieJar.clear();
  await db.rateLimitBucket.deleteMany();
  await setStock('QLC-1', 250);
});

const quantityOf = async () => (await db.cartItem.findFirst({ where: { variantId: single }, select: { quantity: true } }))?.quantity;

describe('cart lines that are stale, forged or hostile', () => {
  it('answers Update on a line removed in another tab with a clear notice and the current cart', async () => {
    await run(addToCartAction, formData({ sku: 'QLC-1', quantity: '2' }));
    expect(await submitLine(removeCartLineAction, formData({ variantId: single }))).toBe('/cart');
    expect(await submitLine(updateCartLineAction, formData({ variantId: single, quantity: '3' }))).toBe('/cart?notice=gone');
    expect(await submitLine(removeCartLineAction, formData({ variantId: single }))).toBe('/cart?notice=gone');
    expect(await quantityOf()).toBeUndefined();
  });

  it('answers a forged line id or quantity with a notice and changes nothing', async () => {
    await run(addToCartAction, formData({ sku: 'QLC-1', quantity: '2' }));
    for (const variantId of ['no-such-line', 'x'.repeat(10_000), "' OR 1=1 --", '\u0000', '\uD800']) {
      const notice = await submitLine(updateCartLineAction, formData({ variantId, quantity: '1' }));
      expect(notice, JSON.stringify(variantId.slice(0, 20))).toMatch(/^\/cart\?notice=(gone|invalid)$/);
    }
    for (const quantity of ['-1', '1.5', 'abc', '99999', '\u0000']) {
      expect(await submitLine(updateCartLineAction, formData({ variantId: single, quantity }))).toBe('/cart?notice=invalid');
    }
    expect(await quantityOf()).toBe(2);
  });

  it('gives the real reason when an add to cart is refused, not "correct the highlighted fields"', async () => {
    const refused = async (values: Record<string, string>) => (await run(addToCartAction, formData(values))).result!;
    const lines = await db.cartItem.count();
    expect(await refused({ sku: 'QLC-1', quantity: '11' })).toMatchObject({ ok: false, message: 'You can order up to 10 at a time.' });
    expect(await refused({ quantity: '1' })).toMatchObject({ ok: false, message: 'Choose an option.' });
    expect(await refused({ sku: 'NOPE', quantity: '1' })).toMatchObject({ ok: false, message: 'That product is no longer available.' });
    await setStock('QLC-1', 0);
    expect(await refused({ sku: 'QLC-1', quantity: '1' })).toMatchObject({ ok: false, message: 'QL Claw is out of stock.' });
    expect(await db.cartItem.count()).toBe(lines);
  });

  it('limits cart writes per address, so a script cannot make carts without end', async () => {
    const carts = await db.cart.count();
    let last;
    for (let i = 0; i < 125; i++) {
      cookieJar.clear();
      last = (await run(addToCartAction, formData({ sku: 'QLC-1', quantity: '1' }))).result!;
    }
    expect(last).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many cart changes/) });
    expect((await db.cart.count()) - carts).toBe(120);
  });
});
