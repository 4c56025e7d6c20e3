import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { availabilityOf, maxQuantity, type Availability } from '@/lib/catalog/policy';
import { AppError } from '@/lib/errors';
import type { Money } from '@/lib/money';

export interface CartLineDto {
  variantId: string;
  sku: string;
  name: string;
  productSlug: string;
  image: string | null;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
  maxQuantity: number;
  availability: Availability;
  /** Set when the line cannot be bought as it stands. */
  problem: 'out-of-stock' | 'not-enough-stock' | null;
}

export interface CartDto {
  id: string;
  lines: CartLineDto[];
  itemCount: number;
  subtotal: Money | null;
  canCheckout: boolean;
}

/** The cart with live prices and stock: what checkout will charge. */
export async function getCart(cartId: string, client: DbOrTx = db): Promise<CartDto | null> {
  const cart = await client.cart.findUnique({
    where: { id: cartId },
    select: {
      id: true,
      items: {
        orderBy: { createdAt: 'asc' },
        select: {
          quantity: true,
          variant: {
            select: {
              id: true,
              sku: true,
              name: true,
              priceCents: true,
              currency: true,
              stock: true,
              imagePath: true,
              product: { select: { slug: true, imagePath: true } },
            },
          },
        },
      },
    },
  });
  if (!cart) return null;
  const lines = cart.items.map(({ quantity, variant }): CartLineDto => {
    const max = maxQuantity(variant.stock);
    return {
      variantId: variant.id,
      sku: variant.sku,
      name: variant.name,
      productSlug: variant.product.slug,
      image: variant.imagePath ?? variant.product.imagePath,
      unitPrice: { amount: variant.priceCents, currency: variant.currency },
      quantity,
      lineTotal: { amount: variant.priceCents * quantity, currency: variant.currency },
      maxQuantity: max,
      availability: availabilityOf(variant.stock),
      problem: max === 0 ? 'out-of-stock' : quantity > max ? 'not-enough-stock' : null,
    };
  });
  const currency = lines[0]?.unitPrice.currency;
  return {
    id: cart.id,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: currency ? { amount: lines.reduce((n, l) => n + l.lineTotal.amount, 0), currency } : null,
    canCheckout: lines.length > 0 && lines.every((l) => l.problem === null),
  };
}

export async function getCartItemCount(cartId: string, client: DbOrTx = db): Promise<number> {
  const result = await client.cartItem.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return result._sum.quantity ?? 0;
}

/** The variant a posted SKU names; a SKU that is gone is "no longer available". */
export async function variantIdForSku(sku: string, client: DbOrTx = db): Promise<string> {
  const variant = await client.productVariant.findUnique({ where: { sku }, select: { id: true } });
  if (!variant) throw new AppError('NOT_FOUND', 'That product is no longer available.');
  return variant.id;
}
