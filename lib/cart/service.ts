import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { maxQuantity } from '@/lib/catalog/policy';

/**
 * Cart writes. Quantities are clamped to what can be bought (stock and the
 * per-order limit) and the result says what was actually done, so the page
 * can tell the shopper when it had to take fewer than asked.
 */
export interface CartChange {
  quantity: number;
  limitedTo?: number;
}

export async function createCart(userId: string | null = null, client: DbOrTx = db): Promise<string> {
  const cart = await client.cart.create({ data: { userId }, select: { id: true } });
  return cart.id;
}

async function variantLimit(variantId: string, client: DbOrTx): Promise<{ max: number; name: string }> {
  const variant = await client.productVariant.findUnique({ where: { id: variantId }, select: { stock: true, name: true } });
  if (!variant) throw new AppError('NOT_FOUND', 'That product is no longer available.');
  return { max: maxQuantity(variant.stock), name: variant.name };
}

export async function addToCart(cartId: string, variantId: string, quantity: number, client: DbOrTx = db): Promise<CartChange> {
  if (!Number.isInteger(quantity) || quantity < 1) throw new AppError('UNPROCESSABLE', 'Choose a quantity of at least 1.');
  return inTransaction(client, async (tx) => {
    const { max, name } = await variantLimit(variantId, tx);
    if (max === 0) throw new AppError('CONFLICT', `${name} is out of stock.`);
    const existing = await tx.cartItem.findUnique({ where: { cartId_variantId: { cartId, variantId } }, select: { quantity: true } });
    const wanted = (existing?.quantity ?? 0) + quantity;
    const next = Math.min(wanted, max);
    await tx.cartItem.upsert({
      where: { cartId_variantId: { cartId, variantId } },
      create: { cartId, variantId, quantity: next },
      update: { quantity: next },
    });
    await tx.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
    return next < wanted ? { quantity: next, limitedTo: max } : { quantity: next };
  });
}

export async function setCartQuantity(cartId: string, variantId: string, quantity: number, client: DbOrTx = db): Promise<CartChange> {
  if (!Number.isInteger(quantity) || quantity < 0) throw new AppError('UNPROCESSABLE', 'Quantity must be a whole number.');
  if (quantity === 0) {
    if (!(await removeFromCart(cartId, variantId, client))) throw new AppError('NOT_FOUND', 'That item is no longer in your cart.');
    return { quantity: 0 };
  }
  return inTransaction(client, async (tx) => {
    const { max } = await variantLimit(variantId, tx);
    const next = Math.min(quantity, max);
    if (next === 0) {
      await tx.cartItem.deleteMany({ where: { cartId, variantId } });
      return { quantity: 0, limitedTo: 0 };
    }
    const { count } = await tx.cartItem.updateMany({ where: { cartId, variantId }, data: { quantity: next } });
    if (count === 0) throw new AppError('NOT_FOUND', 'That item is no longer in your cart.');
    return next < quantity ? { quantity: next, limitedTo: max } : { quantity: next };
  });
}

/** Whether there was such a line to remove. */
export async function removeFromCart(cartId: string, variantId: string, client: DbOrTx = db): Promise<boolean> {
  const { count } = await client.cartItem.deleteMany({ where: { cartId, variantId } });
  return count > 0;
}

export async function clearCart(cartId: string, client: DbOrTx = db): Promise<void> {
  await client.cartItem.deleteMany({ where: { cartId } });
}

/**
 * Moves a guest cart's items into a signed-in customer's cart (adding
 * quantities, within limits) and deletes the guest cart.
 */
export async function mergeCarts(fromCartId: string, intoCartId: string, client: DbOrTx = db): Promise<void> {
  if (fromCartId === intoCartId) return;
  await inTransaction(client, async (tx) => {
    // Lock the guest cart; a cart that belongs to someone is never merged into another.
    const [from] = await tx.$queryRaw<{ userId: string | null }[]>`SELECT "userId" FROM "Cart" WHERE id = ${fromCartId} FOR UPDATE`;
    if (!from || from.userId !== null) return;
    const items = await tx.cartItem.findMany({
      where: { cartId: fromCartId },
      select: { variantId: true, quantity: true, variant: { select: { stock: true } } },
    });
    for (const item of items) {
      const existing = await tx.cartItem.findUnique({
        where: { cartId_variantId: { cartId: intoCartId, variantId: item.variantId } },
        select: { quantity: true },
      });
      const quantity = Math.min((existing?.quantity ?? 0) + item.quantity, maxQuantity(item.variant.stock));
      if (quantity > 0) {
        await tx.cartItem.upsert({
          where: { cartId_variantId: { cartId: intoCartId, variantId: item.variantId } },
          create: { cartId: intoCartId, variantId: item.variantId, quantity },
          update: { quantity },
        });
      }
    }
    await tx.cart.deleteMany({ where: { id: fromCartId, userId: null } });
  });
}
