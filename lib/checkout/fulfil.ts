import 'server-only';
import { refreshStockPagesOf } from '@/lib/catalog/stock-pages';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { orderConfirmationEmail } from '@/lib/email/order-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { metrics } from '@/lib/observability/metrics';
import { formatOrderNumber } from '@/lib/orders/format';
import { ORDER_EMAIL_LINK_HOURS, orderLinkFor } from '@/lib/orders/links';
import { isPaidOrLater } from '@/lib/orders/policy';
import { holdReasonFor } from './hold';
import { markOversold, refundOversold, takeStockOnPayment } from './oversold';
import type { PaymentProvider, ProviderSession } from './provider';
import { releaseOrder } from './release';

/** `refunded`: paid, but its stock was gone (lib/checkout/oversold.ts). */
export type ReconcileOutcome = 'fulfilled' | 'already-fulfilled' | 'refunded' | 'released' | 'pending' | 'ignored';

/**
 * The one place a checkout session's outcome reaches an order. Called by the
 * webhook, the success page and the expiry sweep, in any order and any
 * number of times: it asks the provider what really happened and applies it
 * once.
 */
export async function reconcileCheckout(
  sessionId: string,
  deps: { provider: PaymentProvider; appUrl: string; now?: () => Date; paymentFailed?: boolean },
  client: DbOrTx = db,
): Promise<{ outcome: ReconcileOutcome; orderId: string | null }> {
  // Paid is final: a repeat (another event, the return page after the webhook) needs no call to the provider.
  const local = await client.order.findUnique({
    where: { checkoutSessionId: sessionId },
    select: { id: true, status: true, oversoldRefund: true },
  });
  if (local && isPaidOrLater(local.status)) {
    return { outcome: 'already-fulfilled', orderId: local.id };
  }
  if (local?.oversoldRefund) {
    await refundOversold(local.id, deps.provider, client);
    return { outcome: 'refunded', orderId: local.id };
  }
  const session = await deps.provider.retrieveSession(sessionId);
  const now = (deps.now ?? (() => new Date()))();
  if (!session.orderId) return { outcome: 'ignored', orderId: null };

  const paid = session.status === 'complete' && session.paymentStatus !== 'unpaid';
  if (paid) {
    const outcome = await fulfilPaidSession(session, deps.appUrl, now, client);
    // The one place an order becomes paid (webhook job, return page and sweep all come here), counted once it is committed.
    if (outcome === 'fulfilled') metrics.ordersPaid.inc();
    if (outcome === 'refunded') await refundOversold(session.orderId, deps.provider, client);
    // A checkout that held no reservation took its units just now.
    if (outcome === 'fulfilled') await refreshStockPagesOf({ orderId: session.orderId }, client);
    return { outcome, orderId: outcome === 'ignored' ? null : session.orderId };
  }
  const known = await client.order.findUnique({ where: { id: session.orderId }, select: { id: true } });
  if (!known) return { outcome: 'ignored', orderId: null };
  if (session.status === 'expired' || deps.paymentFailed) {
    const reason = deps.paymentFailed ? 'the payment failed.' : 'the checkout expired without payment.';
    if (await releaseOrder(session.orderId, reason, { now }, client)) await refreshStockPagesOf({ orderId: session.orderId }, client);
    return { outcome: 'released', orderId: session.orderId };
  }
  return { outcome: 'pending', orderId: session.orderId };
}

async function fulfilPaidSession(session: ProviderSession, appUrl: string, now: Date, client: DbOrTx): Promise<ReconcileOutcome> {
  const orderId = session.orderId!;
  return inTransaction(client, async (tx) => {
    const [order] = await tx.$queryRaw<
      {
        status: string;
        stockReserved: boolean;
        email: string;
        subtotalCents: number;
        currency: string;
        cartId: string | null;
        number: number;
        oversoldRefund: string | null;
      }[]
    >`
      SELECT status, "stockReserved", email, "subtotalCents", currency, "cartId", number, "oversoldRefund"
        FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
    if (!order) return 'ignored';
    if (order.oversoldRefund) return 'refunded';
    if (order.status !== 'PENDING' && order.status !== 'CANCELLED') return 'already-fulfilled';

    // A checkout without a reservation (past the hoarding limits, or expired first) takes its stock now, or is refunded.
    if (!order.stockReserved && !(await takeStockOnPayment(orderId, tx))) {
      await markOversold(orderId, session, now, tx);
      return 'refunded';
    }
    const holdReason = holdReasonFor(order, session);
    const email = (session.email ?? order.email).toLowerCase();
    const updated = await tx.order.update({
      where: { id: orderId },
      data: {
        status: 'PAID',
        paidAt: now,
        cancelledAt: null,
        stockReserved: true,
        email,
        currency: session.currency,
        subtotalCents: session.amountSubtotal,
        shippingCents: session.amountShipping,
        discountCents: session.amountDiscount,
        taxCents: session.amountTax,
        totalCents: session.amountTotal,
        paymentIntentId: session.paymentIntentId,
        holdReason,
        heldAt: holdReason ? now : null,
        shippingName: session.shipping?.name ?? null,
        shippingAddress: session.shipping?.address ?? undefined,
        shippingMethod: session.shippingMethod,
        events: {
          create: [
            { type: 'paid', message: `Payment received: ${(session.amountTotal / 100).toFixed(2)} ${session.currency}.` },
            ...(holdReason ? [{ type: 'held', message: `On hold, not to be shipped until staff review it: ${holdReason}` }] : []),
          ],
        },
      },
      select: {
        number: true,
        currency: true,
        subtotalCents: true,
        shippingCents: true,
        discountCents: true,
        taxCents: true,
        totalCents: true,
        shippingName: true,
        shippingMethod: true,
        items: { select: { name: true, quantity: true, unitPriceCents: true } },
      },
    });
    if (order.cartId) await tx.cartItem.deleteMany({ where: { cartId: order.cartId } });
    const number = formatOrderNumber(updated.number);
    await enqueueEmail(tx, {
      to: email,
      template: 'order-confirmation',
      dedupeKey: `order-confirmation:${orderId}`,
      email: orderConfirmationEmail({
        ...updated,
        number,
        orderUrl: orderLinkFor(appUrl, orderId, email, { hours: ORDER_EMAIL_LINK_HOURS, now }),
      }),
    });
    return 'fulfilled';
  });
}
