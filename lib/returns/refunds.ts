import 'server-only';
import type { PaymentProvider } from '@/lib/checkout/provider';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatMoney } from '@/lib/money';
import { countRefund } from '@/lib/observability/metrics';
import { refundDue } from './refund-due';
import { transition, type ReturnDeps } from './service';
import { DEFAULT_RETURN_SETTINGS } from './settings';

/**
 * Pays a return's money back, once. The Refund row (with its idempotency key)
 * is committed before the provider is called, so a double click, a retry or
 * two staff acting at once find it and reuse it; the provider dedupes on the
 * key. A definite failure is kept with its reason and a retry is a new attempt.
 */
export type RefundOutcome = { status: 'succeeded' | 'pending'; amountCents: number } | { status: 'failed'; reason: string };

export async function refundReturn(
  returnId: string,
  actor: string,
  deps: ReturnDeps & { provider: PaymentProvider },
  client: DbOrTx = db,
): Promise<RefundOutcome> {
  const now = deps.now ?? new Date();
  const settings = deps.settings ?? DEFAULT_RETURN_SETTINGS;

  const refund = await inTransaction(client, async (tx) => {
    const [ret] = await tx.$queryRaw<{ status: string; orderId: string; reason: string }[]>`
      SELECT status, "orderId", reason FROM "ReturnRequest" WHERE id = ${returnId} FOR UPDATE`;
    if (!ret) throw new AppError('NOT_FOUND', 'That return does not exist.');
    const live = await tx.refund.findFirst({ where: { returnId, status: { in: ['PENDING', 'SUCCEEDED'] } }, orderBy: { attempt: 'desc' } });
    if (live) return live;
    const allowed = settings.refundRequiresReceipt ? ['RECEIVED'] : ['APPROVED', 'RECEIVED'];
    if (!allowed.includes(ret.status)) {
      throw new AppError(
        'CONFLICT',
        settings.refundRequiresReceipt
          ? 'Refund once the item has been received.'
          : `This return is ${ret.status.toLowerCase()}: it cannot be refunded.`,
      );
    }
    const order = await tx.order.findUniqueOrThrow({
      where: { id: ret.orderId },
      select: {
        disputed: true,
        paymentIntentId: true,
        currency: true,
        subtotalCents: true,
        shippingCents: true,
        discountCents: true,
        taxCents: true,
        totalCents: true,
        paymentProvider: true,
      },
    });
    if (order.disputed)
      throw new AppError('CONFLICT', 'The payment for this order is disputed: refunds wait until staff clear the dispute flag.');
    if (!order.paymentIntentId) throw new AppError('CONFLICT', 'This order has no payment to refund.');
    const items = await tx.returnItem.findMany({
      where: { returnId },
      select: { quantity: true, orderItem: { select: { unitPriceCents: true } } },
    });
    const units = items.map((i) => ({ quantity: i.quantity, unitPriceCents: i.orderItem.unitPriceCents }));
    const amount = await refundDue({ orderId: ret.orderId, reason: ret.reason, units }, order, tx);
    if (amount <= 0) throw new AppError('CONFLICT', 'Everything paid for this order has already been refunded.');
    const attempt = (await tx.refund.count({ where: { returnId } })) + 1;
    return tx.refund.create({
      data: {
        returnId,
        orderId: ret.orderId,
        attempt,
        amountCents: amount,
        currency: order.currency,
        provider: order.paymentProvider,
        idempotencyKey: `refund-${returnId}-${attempt}`,
      },
    });
  });
  if (refund.status === 'SUCCEEDED') return { status: 'succeeded', amountCents: refund.amountCents };

  const order = await client.order.findUniqueOrThrow({ where: { id: refund.orderId }, select: { paymentIntentId: true } });
  const result = await deps.provider.refund({
    paymentIntentId: order.paymentIntentId!,
    amount: refund.amountCents,
    currency: refund.currency,
    idempotencyKey: refund.idempotencyKey,
    metadata: { returnId, refundId: refund.id },
  });
  return settleRefund(
    refund.id,
    result.status === 'failed'
      ? { status: 'failed', providerRefundId: result.id, reason: result.reason }
      : { status: result.status, providerRefundId: result.id },
    actor,
    { ...deps, now },
    client,
  );
}

/** Applies what the provider said about a refund (from the call above or a webhook), once. */
export async function settleRefund(
  refundId: string,
  outcome: { status: 'succeeded' | 'pending' | 'failed'; providerRefundId: string | null; reason?: string },
  actor: string,
  deps: ReturnDeps,
  client: DbOrTx = db,
): Promise<RefundOutcome> {
  const now = deps.now ?? new Date();
  return inTransaction(client, async (tx) => {
    const status = outcome.status === 'succeeded' ? 'SUCCEEDED' : outcome.status === 'failed' ? 'FAILED' : 'PENDING';
    const refund = await tx.refund.update({
      where: { id: refundId },
      data: { status, providerRefundId: outcome.providerRefundId ?? undefined, failureReason: outcome.reason ?? null },
      select: { returnId: true, amountCents: true, currency: true },
    });
    const money = formatMoney({ amount: refund.amountCents, currency: refund.currency });
    if (status === 'FAILED') {
      await tx.returnEvent.create({
        data: {
          returnId: refund.returnId,
          type: 'refund_failed',
          message: `Refund of ${money} failed: ${outcome.reason}`,
          actor,
          createdAt: now,
        },
      });
      return { status: 'failed', reason: outcome.reason ?? 'The refund failed.' };
    }
    if (status === 'SUCCEEDED') {
      // Locked, so a webhook and the staff click settling the same refund mark it refunded once.
      const [done] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "ReturnRequest" WHERE id = ${refund.returnId} FOR UPDATE`;
      if (done && done.status !== 'REFUNDED') {
        countRefund('return', refund);
        await transition(
          refund.returnId,
          ['APPROVED', 'RECEIVED'],
          {
            to: 'REFUNDED',
            data: { refundedAt: now, closedAt: now },
            event: 'refunded',
            message: `Refunded ${money}.`,
            actor,
            email: 'refunded',
            detail: money,
          },
          { ...deps, now },
          tx,
        );
      }
    }
    return { status: status === 'SUCCEEDED' ? 'succeeded' : 'pending', amountCents: refund.amountCents };
  });
}
