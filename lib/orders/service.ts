import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { orderShippedEmail } from '@/lib/email/order-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { trackingUrl, type Carrier } from './carriers';
import { formatOrderNumber } from './format';
import { ORDER_EMAIL_LINK_HOURS, orderLinkFor } from './links';

/** Staff moves an order along: paid → shipped → delivered. Each step once, with its e-mail. */

export async function markShipped(
  input: { number: number; carrier: Carrier; trackingNumber: string },
  actor: string,
  appUrl: string,
  now = new Date(),
  client: DbOrTx = db,
): Promise<void> {
  const url = trackingUrl(input.carrier, input.trackingNumber);
  await inTransaction(client, async (tx) => {
    const { count } = await tx.order.updateMany({
      // A held order (its payment did not match it, lib/orders/holds.ts) waits for staff review.
      where: { number: input.number, status: 'PAID', holdReason: null },
      data: { status: 'SHIPPED', shippedAt: now, carrier: input.carrier, trackingNumber: input.trackingNumber, trackingUrl: url },
    });
    const order = await tx.order.findUnique({
      where: { number: input.number },
      select: { id: true, status: true, email: true, holdReason: true },
    });
    if (!order) throw new AppError('NOT_FOUND', `There is no order ${formatOrderNumber(input.number)}.`);
    if (count === 0 && order.holdReason)
      throw new AppError(
        'CONFLICT',
        `${formatOrderNumber(input.number)} is on hold (${order.holdReason}): an admin must review and release it first.`,
      );
    if (count === 0)
      throw new AppError(
        'CONFLICT',
        `Order ${formatOrderNumber(input.number)} is ${order.status.toLowerCase()}: only paid orders can be marked shipped.`,
      );
    await tx.orderEvent.create({
      data: { orderId: order.id, type: 'shipped', actor, message: `Shipped with ${input.carrier}, tracking ${input.trackingNumber}.` },
    });
    await enqueueEmail(tx, {
      to: order.email,
      template: 'order-shipped',
      dedupeKey: `order-shipped:${order.id}`,
      email: orderShippedEmail({
        number: formatOrderNumber(input.number),
        carrier: input.carrier,
        trackingNumber: input.trackingNumber,
        trackingUrl: url,
        orderUrl: orderLinkFor(appUrl, order.id, order.email, { hours: ORDER_EMAIL_LINK_HOURS, now }),
      }),
    });
  });
}

/** The delivery date starts the 60-day guarantee clock. */
export async function markDelivered(
  input: { number: number; deliveredAt: Date },
  actor: string,
  now = new Date(),
  client: DbOrTx = db,
): Promise<void> {
  await inTransaction(client, async (tx) => {
    const order = await tx.order.findUnique({ where: { number: input.number }, select: { id: true, status: true, shippedAt: true } });
    if (!order) throw new AppError('NOT_FOUND', `There is no order ${formatOrderNumber(input.number)}.`);
    if (order.shippedAt && input.deliveredAt.getTime() < order.shippedAt.getTime() - 24 * 3_600_000) {
      throw new AppError('UNPROCESSABLE', 'The delivery date cannot be before the order shipped.');
    }
    if (input.deliveredAt.getTime() > now.getTime() + 24 * 3_600_000)
      throw new AppError('UNPROCESSABLE', 'The delivery date cannot be in the future.');
    const { count } = await tx.order.updateMany({
      where: { id: order.id, status: 'SHIPPED' },
      data: { status: 'DELIVERED', deliveredAt: input.deliveredAt },
    });
    if (count === 0)
      throw new AppError(
        'CONFLICT',
        `Order ${formatOrderNumber(input.number)} is ${order.status.toLowerCase()}: only shipped orders can be marked delivered.`,
      );
    await tx.orderEvent.create({
      data: { orderId: order.id, type: 'delivered', actor, message: `Delivered on ${input.deliveredAt.toISOString().slice(0, 10)}.` },
    });
  });
}
