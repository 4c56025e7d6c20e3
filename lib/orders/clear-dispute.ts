import 'server-only';
import { db, type Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatOrderNumber } from './format';

/**
 * A charge.dispute.created webhook flags the order and its refunds wait; once
 * the dispute is settled an admin clears the flag, recorded in the order's history.
 */
export async function clearDispute(number: number, actor: string, client: Db = db): Promise<void> {
  await client.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({ where: { number, disputed: true }, data: { disputed: false } });
    const order = await tx.order.findUnique({ where: { number }, select: { id: true } });
    if (!order) throw new AppError('NOT_FOUND', `There is no order ${formatOrderNumber(number)}.`);
    if (count === 0) throw new AppError('CONFLICT', `${formatOrderNumber(number)} is not flagged as disputed.`);
    await tx.orderEvent.create({ data: { orderId: order.id, type: 'dispute_cleared', actor, message: 'Dispute flag cleared: refunds are allowed again.' } });
  });
}
