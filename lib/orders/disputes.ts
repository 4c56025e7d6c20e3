import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';

/**
 * A chargeback on an order's payment: the order is flagged, which blocks its
 * refunds (lib/returns/refunds.ts) until an admin clears the flag.
 */
export async function flagDisputedPayment(dispute: { paymentIntentId: string; reason: string }, client: DbOrTx = db): Promise<'disputed' | 'ignored'> {
  const order = await client.order.findUnique({ where: { paymentIntentId: dispute.paymentIntentId }, select: { id: true } });
  if (!order) return 'ignored';
  await inTransaction(client, async (tx) => {
    await tx.order.update({ where: { id: order.id }, data: { disputed: true } });
    await tx.orderEvent.create({ data: { orderId: order.id, type: 'disputed', message: `Payment disputed (${dispute.reason}). Refunds are blocked until staff clear the flag.` } });
  });
  return 'disputed';
}
