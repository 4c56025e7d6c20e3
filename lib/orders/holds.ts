import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatOrderNumber } from './format';

/**
 * A paid order whose payment did not match it (amount or currency, set by
 * lib/checkout/fulfil.ts) is on hold: it cannot be marked shipped until an
 * admin has reviewed it and released the hold (or refunded the customer).
 */
export interface OrderHoldDto {
  reason: string;
  heldAt: Date | null;
}

export async function getOrderHold(number: number, client: DbOrTx = db): Promise<OrderHoldDto | null> {
  const order = await client.order.findUnique({ where: { number }, select: { holdReason: true, heldAt: true } });
  return order?.holdReason ? { reason: order.holdReason, heldAt: order.heldAt } : null;
}

/** After review: the order may ship. Recorded with who released it. */
export async function releaseHold(number: number, actor: string, now = new Date(), client: DbOrTx = db): Promise<void> {
  await inTransaction(client, async (tx) => {
    const order = await tx.order.findUnique({ where: { number }, select: { id: true } });
    if (!order) throw new AppError('NOT_FOUND', `There is no order ${formatOrderNumber(number)}.`);
    const { count } = await tx.order.updateMany({
      where: { id: order.id, holdReason: { not: null } },
      data: { holdReason: null, heldAt: null },
    });
    if (count === 0) throw new AppError('CONFLICT', `${formatOrderNumber(number)} is not on hold.`);
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        type: 'hold_released',
        actor,
        message: `Hold released after review (${now.toISOString().slice(0, 10)}): the order may ship.`,
      },
    });
  });
}
