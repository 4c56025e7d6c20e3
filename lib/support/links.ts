import { signExpiring, unsignExpiring } from '@/lib/signing';

/**
 * Unguessable links to one ticket, as sent in every ticket e-mail. A ticket
 * is never reachable by its number alone; the link names the ticket and its
 * e-mail and cannot be altered to open another.
 */
const PURPOSE = 'ticket-link';
const DAYS = 365;

export function ticketLinkFor(appUrl: string, ticketId: string, email: string, now = new Date()): string {
  const token = signExpiring(PURPOSE, `${ticketId}|${email.toLowerCase()}`, new Date(now.getTime() + DAYS * 86_400_000));
  return new URL(`/support/tickets/view?token=${encodeURIComponent(token)}`, appUrl).toString();
}

export function readTicketLink(token: string | undefined | null, now = new Date()): { ticketId: string; email: string } | null {
  const [ticketId, email] = unsignExpiring(PURPOSE, token, now)?.split('|') ?? [];
  return ticketId && email ? { ticketId, email } : null;
}
