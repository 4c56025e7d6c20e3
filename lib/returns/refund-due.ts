import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { refundAmount, STORE_FAULT_REASONS, type RefundInput } from './policy';

/**
 * What refunding a return would pay back now, given what the order has
 * already refunded. The refund itself and the staff page's preview both ask
 * here, so the amount shown is the amount paid.
 */
export async function refundDue(
  ret: { orderId: string; reason: string; units: { quantity: number; unitPriceCents: number }[] },
  order: Omit<RefundInput, 'refundedCents'>,
  client: DbOrTx = db,
): Promise<number> {
  const refunded = await client.refund.aggregate({
    where: { orderId: ret.orderId, status: { in: ['PENDING', 'SUCCEEDED'] } },
    _sum: { amountCents: true },
  });
  const itemsValue = ret.units.reduce((sum, u) => sum + u.quantity * u.unitPriceCents, 0);
  const storeFault = (STORE_FAULT_REASONS as readonly string[]).includes(ret.reason);
  return refundAmount({ ...order, refundedCents: refunded._sum.amountCents ?? 0 }, itemsValue, storeFault);
}
