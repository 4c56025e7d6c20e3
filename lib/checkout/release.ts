import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';

/**
 * Cancels a PENDING order and puts its reserved stock back, once: the row
 * lock and status check make a second or concurrent call a no-op.
 */
export async function releaseOrder(orderId: string, reason: string, options: { now?: Date } = {}, client: DbOrTx = db): Promise<boolean> {
  const now = options.now ?? new Date();
  return inTransaction(client, (tx) => release(orderId, reason, now, tx));
}

async function release(orderId: string, reason: string, now: Date, client: DbOrTx): Promise<boolean> {
  // A checkout past the hoarding limits holds no stock (lib/checkout/reserve.ts): it is cancelled, nothing is put back.
  const [before] = await client.$queryRaw<{ stockReserved: boolean }[]>`
    SELECT "stockReserved" FROM "Order" WHERE id = ${orderId} AND status = 'PENDING' FOR UPDATE`;
  if (!before) return false;
  await client.$executeRaw`
    UPDATE "Order" SET status = 'CANCELLED', "stockReserved" = false, "cancelledAt" = ${now}, "updatedAt" = ${now} WHERE id = ${orderId}`;
  if (!before.stockReserved) {
    await client.orderEvent.create({ data: { orderId, type: 'released', message: `Order cancelled (it held no stock): ${reason}` } });
    return true;
  }
  await client.$executeRaw`
    UPDATE "ProductVariant" v SET stock = v.stock + i.quantity, "updatedAt" = ${now}
      FROM (SELECT "variantId", sum(quantity)::int AS quantity FROM "OrderItem" WHERE "orderId" = ${orderId} GROUP BY "variantId") i
     WHERE v.id = i."variantId"`;
  await client.orderEvent.create({ data: { orderId, type: 'released', message: `Order cancelled and stock released: ${reason}` } });
  return true;
}
