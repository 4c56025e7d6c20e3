import type { ProviderSession } from './provider';

/**
 * Why a paid order must wait for staff before it ships: the provider charged
 * another amount or currency than the order we priced. Null when they agree.
 */
export function holdReasonFor(order: { subtotalCents: number; currency: string }, session: ProviderSession): string | null {
  if (session.currency.toUpperCase() !== order.currency.toUpperCase()) {
    return `the payment was made in ${session.currency.toUpperCase()}, but the order was priced in ${order.currency.toUpperCase()}.`;
  }
  if (session.amountSubtotal !== order.subtotalCents) {
    return `the payment's subtotal (${session.amountSubtotal}) differs from the order's (${order.subtotalCents}, in minor units).`;
  }
  return null;
}
