import 'server-only';
import { expirePages } from '@/lib/cache/expire';
import { db, type DbOrTx } from '@/lib/db';
import { stockMoveIsVisible } from './policy';
import { productPaths } from './service';

/**
 * After an order's (or a return's) units left or came back to the shelf (a checkout reserved them, a release or a
 * sellable return put them back, a payment took them): refreshes, on every instance, the product pages whose stock line changed.
 * Call it once the change is committed; from a request or from a background job alike (lib/cache/expire.ts).
 */
export async function refreshStockPagesOf(moved: { orderId: string } | { returnId: string }, client: DbOrTx = db): Promise<void> {
  const rows = await client.orderItem.findMany({
    where: 'orderId' in moved ? { orderId: moved.orderId } : { returnItems: { some: { returnId: moved.returnId } } },
    select: { quantity: true, variant: { select: { stock: true, product: { select: { slug: true } } } } },
  });
  const slugs = new Set(rows.filter((row) => stockMoveIsVisible(row.variant.stock, row.quantity)).map((row) => row.variant.product.slug));
  await expirePages([...new Set([...slugs].flatMap(productPaths))]);
}
