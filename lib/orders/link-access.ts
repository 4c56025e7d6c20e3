import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { linkStandsWhere } from '@/lib/signing';
import { readOrderLinkClaims } from './links';

/**
 * The order a signed link opens: unaltered, unexpired, still naming the
 * order's address, and not revoked (issued at or after the order's
 * `linksValidFrom`). Null otherwise; callers show "expired or replaced".
 */
export async function verifyOrderLink(
  token: string | undefined | null,
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<{ orderId: string; email: string } | null> {
  const link = readOrderLinkClaims(token, options.now);
  if (!link) return null;
  const order = await client.order.findFirst({
    where: { AND: [{ id: link.orderId, email: link.email.toLowerCase() }, linkStandsWhere(link.issuedAt)] },
    select: { id: true, email: true },
  });
  return order ? { orderId: order.id, email: order.email } : null;
}
