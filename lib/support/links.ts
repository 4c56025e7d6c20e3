import { readLink, signLink } from '@/lib/signing';

/**
 * Unguessable links to one ticket, as sent in every ticket e-mail. A ticket
 * is never reachable by its number alone; the link names the ticket, its
 * e-mail and when it was issued, and cannot be altered to open another.
 * Revoking the ticket's links ends every one issued before (checked by
 * lib/support/access.ts against the database).
 */
const PURPOSE = 'ticket-link';
export const TICKET_LINK_DAYS = 365;

export function ticketLinkFor(appUrl: string, ticketId: string, email: string, now = new Date()): string {
  const token = signLink(PURPOSE, { id: ticketId, email, issuedAt: now }, new Date(now.getTime() + TICKET_LINK_DAYS * 86_400_000));
  return new URL(`/support/tickets/view?token=${encodeURIComponent(token)}`, appUrl).toString();
}

/** What an unaltered, unexpired ticket link says, revoked or not. */
export function readTicketLinkClaims(
  token: string | undefined | null,
  now = new Date(),
): { ticketId: string; email: string; issuedAt: Date } | null {
  const claims = readLink(PURPOSE, token, now);
  return claims ? { ticketId: claims.id, email: claims.email, issuedAt: claims.issuedAt } : null;
}

/** The ticket and e-mail a link names. It does not see revocations: to open a ticket, use `findTicketByToken`/`verifyTicketLink`. */
export function readTicketLink(token: string | undefined | null, now = new Date()): { ticketId: string; email: string } | null {
  const claims = readTicketLinkClaims(token, now);
  return claims ? { ticketId: claims.ticketId, email: claims.email } : null;
}
