import 'server-only';
import type { Viewer } from '@/lib/auth/session';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { readOrderLink } from '@/lib/orders/links';
import { customerOrderWhere, getOrderForCustomer, getOrderForLink, type OrderDetailDto } from '@/lib/orders/queries';
import { readReturnLink, returnLinkFor } from './links';

/**
 * Who may see and act on an order's returns. A signed-in customer proves it
 * with their account (orders placed under it or under their e-mail, paid or
 * later: lib/orders/policy.ts); a guest with a signed link from an
 * e-mail. Everything else, someone else's order or a guessed number, is
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
  const link = readOrderLink(proof.orderToken, options.now);
  return link ? getOrderForLink(link.orderId, link.email, client) : null;
}

export async function findOwnedReturn(proof: ReturnProof, options: { now?: Date } = {}, client: DbOrTx = db): Promise<OwnedReturn | null> {
  let where: Prisma.ReturnRequestWhereInput;
  if ('viewer' in proof) {
    where = { number: proof.returnNumber, order: customerOrderWhere(proof.viewer) };
  } else {
    const link = readReturnLink(proof.returnToken, options.now);
    if (!link) return null;
    // The link names the return and the address it was made for; both must still match.
    where = { id: link.returnId, email: link.email.toLowerCase() };
  }
  return client.returnRequest.findFirst({ where, select: { id: true, number: true, orderId: true, email: true } });
}

/** A guest's way back to a return's status page: a fresh signed link, as a path on this site. */
export function guestReturnPath(returnId: string, email: string, now = new Date()): string {
  const { pathname, search } = new URL(returnLinkFor(env().APP_URL, returnId, email, now));
  return `${pathname}${search}`;
}
