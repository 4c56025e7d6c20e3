import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatOrderNumber } from './format';

/**
 * A chargeback on an order's payment: the order is flagged, which blocks its
 * refunds (lib/returns/refunds.ts) until an admin clears the flag.
 */
export async function flagDisputedPayment(
  dispute: { paymentIntentId: string; reason: string },
  client: DbOrTx = db,
): Promise<'disputed' | 'ignored'> {
  const order = await client.order.findUnique({ where: { paymentIntentId: dispute.paymentIntentId }, select: { id: true } });
  if (!order) return 'ignored';
  await inTransaction(client, async (tx) => {
    await tx.order.update({ where: { id: order.id }, data: { disputed: true } });
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        type: 'disputed',
        message: `Payment disputed (${dispute.reason}). Refunds are blocked until staff clear the flag.`,
      },
    });
  });
  return 'disputed';
}

/** Once the dispute is settled an admin clears the flag, recorded in the order's history. */
export async function clearDispute(number: number, actor: string, client: DbOrTx = db): Promise<void> {
  await inTransaction(client, async (tx) => {
    const { count } = await tx.order.updateMany({ where: { number, disputed: true }, data: { disputed: false } });
    const order = await tx.order.findUnique({ where: { number }, select: { id: true } });
    if (!order) throw new AppError('NOT_FOUND', `There is no order ${formatOrderNumber(number)}.`);
    if (count === 0) throw new AppError('CONFLICT', `${formatOrderNumber(number)} is not flagged as disputed.`);
    await tx.orderEvent.create({
      data: { orderId: order.id, type: 'dispute_cleared', actor, message: 'Dispute flag cleared: refunds are allowed again.' },
    });
  });
}
