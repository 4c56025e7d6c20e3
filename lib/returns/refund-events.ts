import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { settleRefund } from './refunds';
import type { ReturnDeps } from './service';

/**
 * What the payment provider reports about refunds after the fact, in the
 * returns domain's own terms: the payments webhook translates its events into
 * these and calls here, and only returns code reads or writes Refund rows.
 */
export interface RefundUpdate {
  providerRefundId: string;
  /** Our Refund id, when the provider echoes it back in the refund's metadata. */
  refundId?: string | null;
  status: 'succeeded' | 'pending' | 'failed';
  failureReason?: string;
}

/** A refund's final state may only be known later: apply it to our Refund row, if it is one of ours. */
export async function applyRefundUpdate(update: RefundUpdate, actor: string, deps: ReturnDeps, client: DbOrTx = db): Promise<string> {
  const row = await client.refund.findFirst({
    where: { OR: [{ providerRefundId: update.providerRefundId }, ...(update.refundId ? [{ id: update.refundId }] : [])] },
    select: { id: true },
  });
  if (!row) return 'ignored';
  const reason = update.status === 'failed' ? (update.failureReason ?? 'refund failed') : undefined;
  await settleRefund(row.id, { status: update.status, providerRefundId: update.providerRefundId, reason }, actor, deps, client);
  return `refund-${update.status}`;
}

/**
 * The payment reports how much has been refunded in all: once that covers every
 * refund we asked for, those still pending have succeeded.
 */
export async function applyPaymentRefunded(
  payment: { paymentIntentId: string; amountRefunded: number },
  actor: string,
  deps: ReturnDeps,
  client: DbOrTx = db,
): Promise<string> {
  const refunds = await client.refund.findMany({
    where: { order: { paymentIntentId: payment.paymentIntentId }, status: { in: ['PENDING', 'SUCCEEDED'] } },
    select: { id: true, status: true, amountCents: true, providerRefundId: true },
  });
  const asked = refunds.reduce((sum, r) => sum + r.amountCents, 0);
  if (refunds.length === 0 || payment.amountRefunded < asked) return 'ignored';
  for (const refund of refunds.filter((r) => r.status === 'PENDING')) {
    await settleRefund(refund.id, { status: 'succeeded', providerRefundId: refund.providerRefundId }, actor, deps, client);
  }
  return 'charge-refunded';
}
