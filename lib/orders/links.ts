import { signExpiring, unsignExpiring } from '@/lib/signing';

/**
 * Signed, time-limited links to one order, for customers without an
 * account: e-mailed on confirmation and by order lookup. The link names the
 * order and the e-mail it belongs to; it cannot be altered or guessed.
 */
const PURPOSE = 'order-link';
export const ORDER_LINK_HOURS = 72;
/** Links in order e-mails last through the 60-day guarantee and a margin for delivery. */
export const ORDER_EMAIL_LINK_HOURS = 120 * 24;

export function orderLinkFor(appUrl: string, orderId: string, email: string, options: { hours?: number; now?: Date } = {}): string {
  const now = options.now ?? new Date();
  const hours = options.hours ?? ORDER_LINK_HOURS;
  const token = signExpiring(PURPOSE, `${orderId}|${email.toLowerCase()}`, new Date(now.getTime() + hours * 3_600_000));
  return new URL(`/orders/view?token=${encodeURIComponent(token)}`, appUrl).toString();
}

export function readOrderLink(token: string | undefined | null, now = new Date()): { orderId: string; email: string } | null {
  const value = unsignExpiring(PURPOSE, token, now);
  if (!value) return null;
  const [orderId, email] = value.split('|');
  return orderId && email ? { orderId, email } : null;
}
