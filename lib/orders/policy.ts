import type { OrderStatus } from '@/lib/db/generated/enums';

/**
 * An order is the customer's once it is paid: from then on it is listed in
 * their account, reachable by an order link or look-up, returnable, and a
 * repeat of its checkout's outcome changes nothing. PENDING and CANCELLED
 * orders are checkouts that never completed.
 */
export const PAID_OR_LATER = ['PAID', 'SHIPPED', 'DELIVERED'] as const satisfies readonly OrderStatus[];

export function isPaidOrLater(status: string): boolean {
  return (PAID_OR_LATER as readonly string[]).includes(status);
}
