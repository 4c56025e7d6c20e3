import 'server-only';
import { Prisma, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { withinUnpaidShare, type CheckoutLimits } from './limits';

export interface ReserveLine {
  variantId: string;
  name: string;
  quantity: number;
}

/**
 * Reserves a new checkout's stock when the hoarding rules allow it, inside
 * the caller's transaction. The variants are locked (NO KEY UPDATE, which
 * the order items' foreign keys do not wait on), so concurrent checkouts see
 * each other's holds. The new order itself is not yet marked reserved. Returns false, reserving nothing, when this client
 * (IP or e-mail) already holds its share, or unpaid checkouts together would
 * hold more than their share of a variant: such a checkout still opens, and
 * its stock is taken when (and if) it is paid.
 */
export async function reserveIfAllowed(
  lines: ReserveLine[],
  holder: { clientIp: string | null; email: string | null },
  limits: CheckoutLimits,
  now: Date,
  tx: DbOrTx,
): Promise<boolean> {
  // Outside the lock, to keep it short: a cap overshoot by simultaneous starts is bounded by the per-IP rate limit.
  if (!(await clientMayHold(lines, holder, limits, now, tx))) return false;
  const ids = lines.map((line) => line.variantId);
  const shelf = await tx.$queryRaw<{ id: string; stock: number }[]>`
    SELECT id, stock FROM "ProductVariant" WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR NO KEY UPDATE`;
  for (const line of lines) {
    const onShelf = shelf.find((v) => v.id === line.variantId)?.stock ?? 0;
    if (onShelf < line.quantity) {
      throw new AppError('CONFLICT', `Sorry, ${line.name} just sold out, or fewer are left than you asked for. Please check your cart.`);
    }
  }
  const held = await tx.$queryRaw<{ variantId: string; held: number }[]>`
    SELECT i."variantId", sum(i.quantity)::int AS held FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
     WHERE i."variantId" IN (${Prisma.join(ids)}) AND o.status = 'PENDING' AND o."stockReserved"
     GROUP BY i."variantId"`;
  const allowed = lines.every((line) =>
    withinUnpaidShare(
      {
        onShelf: shelf.find((v) => v.id === line.variantId)!.stock,
        held: held.find((h) => h.variantId === line.variantId)?.held ?? 0,
        wanted: line.quantity,
      },
      limits.unpaidSharePercent,
    ),
  );
  if (!allowed) return false;
  for (const line of lines) {
    await tx.$executeRaw`UPDATE "ProductVariant" SET stock = stock - ${line.quantity}, "updatedAt" = now() WHERE id = ${line.variantId}`;
  }
  return true;
}

/** The sessions and units this client IP or e-mail already holds, reserved and unpaid. */
async function clientMayHold(
  lines: ReserveLine[],
  holder: { clientIp: string | null; email: string | null },
  limits: CheckoutLimits,
  now: Date,
  tx: DbOrTx,
): Promise<boolean> {
  const who = [
    holder.clientIp && Prisma.sql`o."checkoutIp" = ${holder.clientIp}`,
    holder.email && Prisma.sql`lower(o.email) = ${holder.email.toLowerCase()}`,
  ];
  const conditions = who.filter((c): c is Prisma.Sql => Boolean(c));
  if (conditions.length === 0) return true;
  const [row] = await tx.$queryRaw<{ sessions: number; units: number }[]>`
    SELECT count(DISTINCT o.id)::int AS sessions, coalesce(sum(i.quantity), 0)::int AS units
      FROM "Order" o JOIN "OrderItem" i ON i."orderId" = o.id
     WHERE o.status = 'PENDING' AND o."stockReserved"
       AND (o."checkoutExpiresAt" IS NULL OR o."checkoutExpiresAt" > ${now})
       AND (${Prisma.join(conditions, ' OR ')})`;
  const wanted = lines.reduce((sum, line) => sum + line.quantity, 0);
  return row!.sessions < limits.clientMaxReservedSessions && row!.units + wanted <= limits.clientMaxReservedUnits;
}
