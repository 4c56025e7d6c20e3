import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import type { ReturnStatus } from '@/lib/db/generated/enums';
import type { Money } from '@/lib/money';
import type { ReturnDetailRow } from './admin-detail-queries';
import { refundDue } from './refund-due';
import type { ReturnSettings } from './settings';

/** What the staff return page offers for the refund next. */
export type RefundPlan =
  | { kind: 'ready'; amount: Money; retry: boolean }
  | { kind: 'pending'; amount: Money }
  | { kind: 'blocked'; why: string }
  | { kind: 'none' };

/** What the refund button does next, worked out as refundReturn (lib/returns/refunds.ts) will. */
export async function planRefund(row: ReturnDetailRow, settings: ReturnSettings, client: DbOrTx = db): Promise<RefundPlan> {
  const live = row.refunds.findLast((r) => r.status !== 'FAILED');
  if (live?.status === 'SUCCEEDED') return { kind: 'none' };
  if (live) return { kind: 'pending', amount: { amount: live.amountCents, currency: live.currency } };
  const allowed: ReturnStatus[] = settings.refundRequiresReceipt ? ['RECEIVED'] : ['APPROVED', 'RECEIVED'];
  if (!allowed.includes(row.status)) return { kind: 'none' };
  if (row.order.disputed)
    return {
      kind: 'blocked',
      why: 'The payment for this order is disputed: refunds wait until an admin clears the dispute flag on the order.',
    };
  if (!row.order.paymentIntentId) return { kind: 'blocked', why: 'This order has no payment to refund.' };
  const units = row.items.map((i) => ({ quantity: i.quantity, unitPriceCents: i.orderItem.unitPriceCents }));
  const amount = await refundDue({ orderId: row.order.id, reason: row.reason, units }, row.order, client);
  if (amount <= 0) return { kind: 'blocked', why: 'Everything paid for this order has already been refunded.' };
  return { kind: 'ready', amount: { amount, currency: row.order.currency }, retry: row.refunds.length > 0 };
}
