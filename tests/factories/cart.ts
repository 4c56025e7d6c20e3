import { db } from '@/lib/db';
import { addToCart, createCart } from '@/lib/cart/service';

/** A guest cart holding `quantity` of the variant with `sku`. */
export async function cartWith(items: { sku: string; quantity: number }[]): Promise<string> {
  const cartId = await createCart();
  for (const item of items) {
    const variant = await db.productVariant.findUniqueOrThrow({ where: { sku: item.sku }, select: { id: true } });
    await addToCart(cartId, variant.id, item.quantity);
  }
  return cartId;
}

export async function stockOf(sku: string): Promise<number> {
  return (await db.productVariant.findUniqueOrThrow({ where: { sku }, select: { stock: true } })).stock;
}

export async function setStock(sku: string, stock: number): Promise<void> {
  await db.productVariant.update({ where: { sku }, data: { stock } });
}
