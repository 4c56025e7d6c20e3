import { db } from '@/lib/db';
import type { ReturnReason } from '@/lib/db/generated/enums';
import { requestReturn } from '@/lib/returns/service';
import { approveReturn, markReceived } from '@/lib/returns/steps';
import { createOrder } from './orders';

/** What the returns use cases need to know about the store in tests. */
export const RETURN_DEPS = { appUrl: 'http://localhost:3000' };

export interface DeliveredOrderOptions {
  /** QL Claws on the order (one line); 1 by default. */
  units?: number;
  /** Paid through the built-in test provider, so it can be refunded; true by default. */
  paid?: boolean;
  email?: string;
}

/** A delivered order of QL Claws (run `seed(db)` first), with the id of its one item. */
export async function deliveredOrder(options: DeliveredOrderOptions = {}) {
  const order = await createOrder(db, {
    status: 'DELIVERED',
    email: options.email,
    items: [{ sku: 'QLC-1', quantity: options.units ?? 1 }],
  });
  const row = await db.order.findUniqueOrThrow({
    where: { id: order.id },
    select: { paymentIntentId: true, totalCents: true, items: { select: { id: true } } },
  });
  if (options.paid ?? true) await payTestSession(order.id, row.paymentIntentId!, row.totalCents);
  return { ...order, itemId: row.items[0]!.id };
}

/** Records the order as paid in the built-in test provider (so a refund through it succeeds). */
export function payTestSession(orderId: string, paymentIntentId: string, totalCents: number) {
  return db.testCheckoutSession.create({
    data: {
      id: `tcs_${orderId}`,
      orderId,
      status: 'complete',
      paymentStatus: 'paid',
      currency: 'USD',
      subtotalCents: totalCents,
      totalCents,
      paymentIntentId,
      expiresAt: new Date(),
    },
  });
}

/** A return of `units` of the order's item, requested by its customer through the returns service. */
export function createReturn(
  order: { id: string; email: string; itemId: string },
  options: { units?: number; reason?: ReturnReason } = {},
) {
  const items = [{ orderItemId: order.itemId, quantity: options.units ?? 1 }];
  return requestReturn({ orderId: order.id, items, reason: options.reason ?? 'CHANGED_MIND' }, order, RETURN_DEPS);
}

/** A return on a new delivered order, moved along to `status` through the domain steps; with its order. */
export async function returnAt(status: 'REQUESTED' | 'APPROVED' | 'RECEIVED', options: DeliveredOrderOptions = {}) {
  const order = await deliveredOrder(options);
  const ret = await createReturn(order, { units: options.units });
  if (status !== 'REQUESTED') await approveReturn(ret.id, 'staff@example.test', RETURN_DEPS);
  if (status === 'RECEIVED') await markReceived(ret.id, { conditionNotes: '', sellable: false }, 'staff@example.test', RETURN_DEPS);
  return { ...ret, order };
}

/** A return's row by its RMA- number, with its refund attempts (in order) and history. */
export function returnRow(number: string) {
  return db.returnRequest.findUniqueOrThrow({
    where: { number: Number(number.slice(4)) },
    include: { refunds: { orderBy: { attempt: 'asc' } }, events: true },
  });
}
