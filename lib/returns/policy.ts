import { isPaidOrLater } from '@/lib/orders/policy';

/**
 * The 60-day money-back guarantee as pure rules. Days are calendar days in
 * the store's time zone (UTC, see lib/dates.ts): an order delivered on
 * 1 March can be returned through the end of 30 April (day 60), and not on
 * 1 May (day 61).
 */
export const RETURN_WINDOW_DAYS = 60;
/** When no delivery date was recorded, delivery is assumed this many days after shipping. */
export const SHIPPING_ALLOWANCE_DAYS = 14;

const DAY = 86_400_000;

function startOfDayUtc(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export type WindowState =
  | { open: true; lastDay: Date; daysLeft: number; from: 'delivered' | 'shipped' }
  | { open: false; reason: 'not-paid' | 'not-shipped' | 'expired'; lastDay?: Date };

export function returnWindow(order: { status: string; shippedAt: Date | null; deliveredAt: Date | null }, now: Date): WindowState {
  if (!isPaidOrLater(order.status)) return { open: false, reason: 'not-paid' };
  const from = order.deliveredAt ? 'delivered' : order.shippedAt ? 'shipped' : null;
  if (!from) return { open: false, reason: 'not-shipped' };
  const start = order.deliveredAt ? startOfDayUtc(order.deliveredAt) : startOfDayUtc(order.shippedAt!) + SHIPPING_ALLOWANCE_DAYS * DAY;
  const lastDay = new Date(start + RETURN_WINDOW_DAYS * DAY);
  const daysLeft = Math.round((lastDay.getTime() - startOfDayUtc(now)) / DAY);
  return daysLeft >= 0 ? { open: true, lastDay, daysLeft, from } : { open: false, reason: 'expired', lastDay };
}

export interface RefundInput {
  subtotalCents: number;
  shippingCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  /** Already refunded on this order, across returns. */
  refundedCents: number;
}

/** Reasons where the store was at fault: the customer also gets their share of shipping back. */
export const STORE_FAULT_REASONS = ['ARRIVED_DAMAGED', 'WRONG_ITEM'] as const;

/**
 * What a return of items worth `itemsValue` pays back: their value, less
 * their proportional share of any discount, plus their share of tax, plus
 * their share of shipping when the store was at fault; never more than what
 * is left unrefunded on the order.
 */
export function refundAmount(order: RefundInput, itemsValue: number, storeFault: boolean): number {
  if (order.subtotalCents <= 0 || itemsValue <= 0) return 0;
  const share = (part: number) => Math.round((part * itemsValue) / order.subtotalCents);
  const amount = itemsValue - share(order.discountCents) + share(order.taxCents) + (storeFault ? share(order.shippingCents) : 0);
  return Math.max(0, Math.min(amount, order.totalCents - order.refundedCents));
}

/** Statuses a customer may still withdraw from: before the item has arrived. */
export const CANCELLABLE_STATUSES = ['REQUESTED', 'APPROVED'] as const;

export const REFUND_UNDER_WAY_MESSAGE =
  'A refund for this return is already on its way, so the return can no longer be cancelled. Contact us if something is wrong.';

/** A return with a refund sent (pending) or paid can no longer be withdrawn: the money is already moving. */
export function refundUnderWay(refundStatuses: readonly string[]): boolean {
  return refundStatuses.some((s) => s === 'PENDING' || s === 'SUCCEEDED');
}
