import 'server-only';
import { db, Prisma, type DbOrTx } from '@/lib/db';
import { orderOversoldEmail } from '@/lib/email/order-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { countRefund } from '@/lib/observability/metrics';
import { log } from '@/lib/observability/log';
import { formatOrderNumber } from '@/lib/orders/format';
import type { PaymentProvider, ProviderSession } from './provider';

/**
 * A checkout that held no stock (past the hoarding limits, or released when
 * it expired) takes its stock when the payment arrives. If any of it is gone
 * the order is cancelled and the payment refunded in full, exactly once: the
 * order moves to oversoldRefund = 'due' once, and the refund uses one
 * idempotency key per order, retried by the sweep until the provider accepts.
 */

/** Takes every line's units or none: the variants are locked, so the check and the decrement agree. */
export async function takeStockOnPayment(orderId: string, tx: DbOrTx): Promise<boolean> {
  const items = await tx.orderItem.findMany({ where: { orderId }, select: { variantId: true, quantity: true } });
  if (items.length === 0) return true;
  const shelf = await tx.$queryRaw<{ id: string; stock: number }[]>`
    SELECT id, stock FROM "ProductVariant" WHERE id IN (${Prisma.join(items.map((i) => i.variantId))}) ORDER BY id FOR NO KEY UPDATE`;
  const wanted = new Map<string, number>();
  for (const item of items) wanted.set(item.variantId, (wanted.get(item.variantId) ?? 0) + item.quantity);
  if ([...wanted].some(([id, quantity]) => (shelf.find((v) => v.id === id)?.stock ?? 0) < quantity)) return false;
  for (const [id, quantity] of wanted) {
    await tx.$executeRaw`UPDATE "ProductVariant" SET stock = stock - ${quantity}, "updatedAt" = now() WHERE id = ${id}`;
  }
  return true;
}

/** Records the payment on the order, cancels it, and tells the customer; the refund follows (refundOversold). */
export async function markOversold(orderId: string, session: ProviderSession, now: Date, tx: DbOrTx): Promise<void> {
  const email = session.email?.toLowerCase();
  const order = await tx.order.update({
    where: { id: orderId },
    data: {
      status: 'CANCELLED',
      cancelledAt: now,
      paidAt: now,
      stockReserved: false,
      oversoldRefund: 'due',
      ...(email ? { email } : {}),
      currency: session.currency,
      totalCents: session.amountTotal,
      paymentIntentId: session.paymentIntentId,
      events: {
        create: {
          type: 'oversold',
          message: 'Paid, but the stock was gone by then (the checkout held no reservation): cancelled, full refund due.',
        },
      },
    },
    select: { number: true, email: true, totalCents: true, currency: true },
  });
  await enqueueEmail(tx, {
    to: order.email,
    template: 'order-oversold',
    dedupeKey: `order-oversold:${orderId}`,
    email: orderOversoldEmail({ number: formatOrderNumber(order.number), totalCents: order.totalCents, currency: order.currency }),
  });
}

/** Pays an oversold order back in full; a no-op once done. Returns whether it is done. */
export async function refundOversold(orderId: string, provider: PaymentProvider, client: DbOrTx = db): Promise<boolean> {
  const order = await client.order.findUnique({
    where: { id: orderId },
    select: { oversoldRefund: true, paymentIntentId: true, totalCents: true, currency: true },
  });
  if (!order || order.oversoldRefund !== 'due' || !order.paymentIntentId) return order?.oversoldRefund === 'done';
  const result = await provider.refund({
    paymentIntentId: order.paymentIntentId,
    amount: order.totalCents,
    currency: order.currency,
    idempotencyKey: `oversold-${orderId}`,
    metadata: { orderId, reason: 'oversold' },
  });
  if (result.status === 'failed') {
    log.error({ orderId, reason: result.reason }, 'oversold refund failed; the checkout sweep retries it');
    return false;
  }
  const { count } = await client.order.updateMany({ where: { id: orderId, oversoldRefund: 'due' }, data: { oversoldRefund: 'done' } });
  if (count === 1) {
    countRefund('oversold', { amountCents: order.totalCents, currency: order.currency });
    await client.orderEvent.create({ data: { orderId, type: 'refunded', message: `Refunded in full automatically (${result.id}).` } });
  }
  return true;
}

/** For the sweep: retries refunds the provider did not accept the first time. */
export async function refundDueOversold(provider: PaymentProvider, client: DbOrTx = db): Promise<number> {
  const due = await client.order.findMany({ where: { oversoldRefund: 'due' }, select: { id: true }, take: 50 });
  let done = 0;
  for (const order of due) if (await refundOversold(order.id, provider, client)) done++;
  return done;
}
