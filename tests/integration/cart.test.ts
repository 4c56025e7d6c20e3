import { beforeAll, describe, expect, it } from 'vitest';
import { getCart } from '@/lib/cart/queries';
import { addToCart, createCart, mergeCarts, setCartQuantity } from '@/lib/cart/service';
import { MAX_PER_ORDER } from '@/lib/catalog/policy';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { setStock } from '../factories/cart';
import { createCustomer } from '../factories/staff';

let single: string;
let pack: string;
beforeAll(async () => {
  await seed(db);
  single = (await db.productVariant.findUniqueOrThrow({ where: { sku: 'QLC-1' } })).id;
  pack = (await db.productVariant.findUniqueOrThrow({ where: { sku: 'QLC-2' } })).id;
});

describe('the cart', () => {
  it('adds up quantities, prices them from the database and caps them at the per-order limit', async () => {
    await setStock('QLC-1', 250);
    const cartId = await createCart();
    expect(await addToCart(cartId, single, 2)).toEqual({ quantity: 2 });
    expect(await addToCart(cartId, single, MAX_PER_ORDER)).toEqual({ quantity: MAX_PER_ORDER, limitedTo: MAX_PER_ORDER });
    const cart = (await getCart(cartId))!;
    expect(cart.lines[0]).toMatchObject({
      sku: 'QLC-1',
      quantity: MAX_PER_ORDER,
      unitPrice: { amount: 4900, currency: 'USD' },
      lineTotal: { amount: 4900 * MAX_PER_ORDER },
    });
    expect(cart.subtotal).toEqual({ amount: 4900 * MAX_PER_ORDER, currency: 'USD' });
    expect(cart.canCheckout).toBe(true);
  });

  it('caps by stock, refuses out-of-stock variants, and flags lines whose stock fell after they were added', async () => {
    await setStock('QLC-2', 3);
    const cartId = await createCart();
    expect(await addToCart(cartId, pack, 5)).toEqual({ quantity: 3, limitedTo: 3 });
    await setStock('QLC-2', 1);
    const cart = (await getCart(cartId))!;
    expect(cart.lines[0]!.problem).toBe('not-enough-stock');
    expect(cart.canCheckout).toBe(false);
    await setStock('QLC-2', 0);
    await expect(addToCart(await createCart(), pack, 1)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'QL Claw two-pack is out of stock.',
    });
    expect(await setCartQuantity(cartId, pack, 2)).toEqual({ quantity: 0, limitedTo: 0 });
    await setStock('QLC-2', 120);
  });

  it('rejects nonsense quantities without changing the cart', async () => {
    const cartId = await createCart();
    await addToCart(cartId, single, 1);
    await expect(addToCart(cartId, single, 0)).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(addToCart(cartId, single, 1.5)).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(setCartQuantity(cartId, single, -1)).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    expect((await getCart(cartId))!.itemCount).toBe(1);
  });

  it('merges a guest cart into the customer’s cart on sign-in, never someone else’s', async () => {
    await setStock('QLC-1', 250);
    const customer = await createCustomer({ email: 'merge@example.test' });
    const other = await createCustomer({ email: 'other@example.test' });
    const own = await createCart(customer.id);
    await addToCart(own, single, 1);
    const guest = await createCart();
    await addToCart(guest, single, 2);
    await addToCart(guest, pack, 1);
    const othersCart = await createCart(other.id);
    await addToCart(othersCart, pack, 4);

    await mergeCarts(guest, own);
    await mergeCarts(othersCart, own);

    const merged = (await getCart(own))!;
    expect(merged.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['QLC-1', 3],
      ['QLC-2', 1],
    ]);
    expect(await db.cart.findUnique({ where: { id: guest } })).toBeNull();
    expect((await getCart(othersCart))!.itemCount).toBe(4);
  });
});
