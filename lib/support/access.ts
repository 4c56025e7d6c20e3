import 'server-only';
import type { Viewer } from '@/lib/auth/session';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import type { TicketStatus } from '@/lib/db/generated/enums';
import { env } from '@/lib/env';
import { linkStandsWhere } from '@/lib/signing';
import { readTicketLinkClaims, ticketLinkFor } from './links';

/**
 * Who may see and act on a ticket. A guest proves it with the signed link
 * from a ticket e-mail (it names the ticket and its e-mail; both must still
 * match, and the ticket's links must not have been revoked since it was
 * issued); a signed-in customer with their account (tickets opened under it
 * or under their e-mail). Anything else is null, which callers turn into a 404:
 * a ticket is never reachable by its number alone.
 */
export type TicketProof = { viewer: Viewer } | { ticketToken: string | null | undefined };

export interface OwnedTicket {
  id: string;
  number: number;
  email: string;
  status: TicketStatus;
}

export function customerTicketWhere(viewer: Viewer): Prisma.TicketWhereInput {
  return { OR: [{ userId: viewer.id }, { email: viewer.email.toLowerCase() }] };
}

/**
 * The tickets a proof opens, as a filter; null when it opens none (an altered
 * or expired link). A revoked link's filter matches nothing.
 */
export function ownedTicketWhere(proof: TicketProof, now = new Date()): Prisma.TicketWhereInput | null {
  if ('viewer' in proof) return customerTicketWhere(proof.viewer);
  const link = readTicketLinkClaims(proof.ticketToken, now);
  return link ? { AND: [{ id: link.ticketId, email: link.email.toLowerCase() }, linkStandsWhere(link.issuedAt)] } : null;
}

/** The one ticket a signed link opens, or null. */
export async function findTicketByToken(
  token: string | null | undefined,
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<OwnedTicket | null> {
  const where = ownedTicketWhere({ ticketToken: token }, options.now);
  if (!where) return null;
  return client.ticket.findFirst({ where, select: { id: true, number: true, email: true, status: true } });
}

/** The ticket a signed link opens (unaltered, unexpired, not revoked), or null. */
export async function verifyTicketLink(
  token: string | null | undefined,
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<{ ticketId: string; email: string } | null> {
  const ticket = await findTicketByToken(token, options, client);
  return ticket ? { ticketId: ticket.id, email: ticket.email } : null;
}

/** A fresh signed link to a ticket's page, as a path on this site (for an owner who is signed in, or just proved it). */
export function ticketPathFor(ticketId: string, email: string, now = new Date()): string {
  const { pathname, search } = new URL(ticketLinkFor(env().APP_URL, ticketId, email, now));
  return `${pathname}${search}`;
}
