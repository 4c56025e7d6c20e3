import { readLink, signLink } from '@/lib/signing';

/**
 * Signed, time-limited links to one order, for customers without an
 * account: e-mailed on confirmation and by order lookup. The link names the
 * order, the e-mail it belongs to and when it was issued; it cannot be
 * altered or guessed, and revoking the order's links (lib/orders/reissue-link.ts)
 * ends every one issued before. Only `verifyOrderLink` (link-access.ts) checks that.
 */
const PURPOSE = 'order-link';
export const ORDER_LINK_HOURS = 72;
/** Links in order e-mails last through the 60-day guarantee and a margin for delivery. */
export const ORDER_EMAIL_LINK_HOURS = 120 * 24;

export function orderLinkFor(appUrl: string, orderId: string, email: string, options: { hours?: number; now?: Date } = {}): string {
  const now = options.now ?? new Date();
  const hours = options.hours ?? ORDER_LINK_HOURS;
  const token = signLink(PURPOSE, { id: orderId, email, issuedAt: now }, new Date(now.getTime() + hours * 3_600_000));
  return new URL(`/orders/view?token=${encodeURIComponent(token)}`, appUrl).toString();
}

/** What an unaltered, unexpired order link says, revoked or not. */
export function readOrderLinkClaims(
  token: string | undefined | null,
  now = new Date(),
): { orderId: string; email: string; issuedAt: Date } | null {
  const claims = readLink(PURPOSE, token, now);
  return claims ? { orderId: claims.id, email: claims.email, issuedAt: claims.issuedAt } : null;
}

/** The order and e-mail an unaltered, unexpired link names. It does not see revocations: to open an order, use `verifyOrderLink`. */
export function readOrderLink(token: string | undefined | null, now = new Date()): { orderId: string; email: string } | null {
  const claims = readOrderLinkClaims(token, now);
  return claims ? { orderId: claims.orderId, email: claims.email } : null;
}
