import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { orderConfirmationEmail } from '@/lib/email/order-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { formatOrderNumber } from '@/lib/orders/format';
import { ORDER_EMAIL_LINK_HOURS, orderLinkFor } from '@/lib/orders/links';
import { isPaidOrLater } from '@/lib/orders/policy';
import type { PaymentProvider, ProviderSession } from './provider';
import { releaseOrder } from './release';

export type ReconcileOutcome = 'fulfilled' | 'already-fulfilled' | 'released' | 'pending' | 'ignored';

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
  const local = await client.order.findUnique({ where: { checkoutSessionId: sessionId }, select: { id: true, status: true } });
  if (local && isPaidOrLater(local.status)) {
    return { outcome: 'already-fulfilled', orderId: local.id };
  }
  const session = await deps.provider.retrieveSession(sessionId);
  const now = (deps.now ?? (() => new Date()))();
  if (!session.orderId) return { outcome: 'ignored', orderId: null };

  const paid = session.status === 'complete' && session.paymentStatus !== 'unpaid';
  if (paid) {
    const outcome = await fulfilPaidSession(session, deps.appUrl, now, client);
    return { outcome, orderId: outcome === 'ignored' ? null : session.orderId };
  }
  const known = await client.order.findUnique({ where: { id: session.orderId }, select: { id: true } });
  if (!known) return { outcome: 'ignored', orderId: null };
  if (session.status === 'expired' || deps.paymentFailed) {
    const reason = deps.paymentFailed ? 'the payment failed.' : 'the checkout expired without payment.';
    await releaseOrder(session.orderId, reason, { now }, client);
    return { outcome: 'released', orderId: session.orderId };
  }
  return { outcome: 'pending', orderId: session.orderId };
}

async function fulfilPaidSession(session: ProviderSession, appUrl: string, now: Date, client: DbOrTx): Promise<ReconcileOutcome> {
  const orderId = session.orderId!;
  return inTransaction(client, async (tx) => {
    const [order] = await tx.$queryRaw<
      { status: string; stockReserved: boolean; email: string; subtotalCents: number; cartId: string | null; number: number }[]
    >`
      SELECT status, "stockReserved", email, "subtotalCents", "cartId", number FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
    if (!order) return 'ignored';
    if (order.status !== 'PENDING' && order.status !== 'CANCELLED') return 'already-fulfilled';

    const notes: string[] = [];
    if (!order.stockReserved) notes.push(...(await retakeStock(orderId, tx)));
    if (session.amountSubtotal !== order.subtotalCents) {
      notes.push(`Provider subtotal ${session.amountSubtotal} differs from the order's ${order.subtotalCents}: check the line items.`);
    }
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
        shippingName: session.shipping?.name ?? null,
        shippingAddress: session.shipping?.address ?? undefined,
        shippingMethod: session.shippingMethod,
        events: {
          create: [
            { type: 'paid', message: `Payment received: ${(session.amountTotal / 100).toFixed(2)} ${session.currency}.` },
            ...notes.map((message) => ({ type: 'attention', message })),
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

/** A payment for an order already released (its session expired first): take the stock again. */
async function retakeStock(orderId: string, tx: DbOrTx): Promise<string[]> {
  const items = await tx.orderItem.findMany({ where: { orderId }, select: { variantId: true, quantity: true, name: true } });
  const shortfalls: string[] = [];
  for (const item of items) {
    const taken = await tx.$executeRaw`
      UPDATE "ProductVariant" SET stock = stock - ${item.quantity}, "updatedAt" = now() WHERE id = ${item.variantId} AND stock >= ${item.quantity}`;
    if (taken !== 1)
      shortfalls.push(
        `Paid after its checkout had expired and ${item.name} is short: ${item.quantity} unit(s) could not be taken from stock.`,
      );
  }
  return shortfalls;
}
