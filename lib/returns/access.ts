import 'server-only';
import type { Viewer } from '@/lib/auth/session';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { verifyOrderLink } from '@/lib/orders/link-access';
import { customerOrderWhere, getOrderForCustomer, getOrderForLink, type OrderDetailDto } from '@/lib/orders/queries';
import { linkStandsWhere } from '@/lib/signing';
import { readReturnLinkClaims, returnLinkFor } from './links';

/**
 * Who may see and act on an order's returns. A signed-in customer proves it
 * with their account (orders placed under it or under their e-mail, paid or
 * later: lib/orders/policy.ts); a guest with a signed link from an
 * e-mail that has not been revoked since. Everything else, someone else's order or a guessed number, is
 * null, which callers turn into a 404: never "forbidden", so nothing leaks.
 */
export type OrderProof = { viewer: Viewer; orderNumber: number } | { orderToken: string | null | undefined };
export type ReturnProof = { viewer: Viewer; returnNumber: number } | { returnToken: string | null | undefined };

export interface OwnedReturn {
  id: string;
  number: number;
  orderId: string;
  email: string;
}

export async function findOwnedOrder(proof: OrderProof, options: { now?: Date } = {}, client: DbOrTx = db): Promise<OrderDetailDto | null> {
  if ('viewer' in proof) return getOrderForCustomer(proof.orderNumber, proof.viewer, client);
  const link = await verifyOrderLink(proof.orderToken, options, client);
  return link ? getOrderForLink(link.orderId, link.email, client) : null;
}

export async function findOwnedReturn(proof: ReturnProof, options: { now?: Date } = {}, client: DbOrTx = db): Promise<OwnedReturn | null> {
  let where: Prisma.ReturnRequestWhereInput;
  if ('viewer' in proof) {
    where = { number: proof.returnNumber, order: customerOrderWhere(proof.viewer) };
  } else {
    const link = readReturnLinkClaims(proof.returnToken, options.now);
    if (!link) return null;
    // The link names the return and the address it was made for; both must still match, and it must not be revoked.
    where = { AND: [{ id: link.returnId, email: link.email.toLowerCase() }, linkStandsWhere(link.issuedAt)] };
  }
  return client.returnRequest.findFirst({ where, select: { id: true, number: true, orderId: true, email: true } });
}

/** The return a signed link opens (unaltered, unexpired, not revoked), or null. */
export async function verifyReturnLink(
  token: string | undefined | null,
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<{ returnId: string; email: string } | null> {
  const owned = await findOwnedReturn({ returnToken: token }, options, client);
  return owned ? { returnId: owned.id, email: owned.email } : null;
}

/** A guest's way back to a return's status page: a fresh signed link, as a path on this site. */
export function guestReturnPath(returnId: string, email: string, now = new Date()): string {
  const { pathname, search } = new URL(returnLinkFor(env().APP_URL, returnId, email, now));
  return `${pathname}${search}`;
}
