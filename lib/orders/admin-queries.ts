import 'server-only';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import { parseOrderNumber } from './format';
import { toSummary, type OrderSummaryDto } from './queries';
import type { OrderListFilter } from './schemas';

/** The staff order list: filters, one page of rows, and the units of only the rows shown. */
export const STAFF_PAGE_SIZE = 25;

export async function listOrdersForStaff(
  filter: OrderListFilter,
  client: DbOrTx = db,
): Promise<{ orders: OrderSummaryDto[]; total: number; page: number; pages: number }> {
  const where: Prisma.OrderWhereInput = {};
  if (filter.status) where.status = filter.status;
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from && { gte: new Date(`${filter.from}T00:00:00Z`) }),
      ...(filter.to && { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) }),
    };
  }
  if (filter.q) {
    const number = parseOrderNumber(filter.q);
    where.OR =
      number !== null
        ? [{ number }, { email: { startsWith: filter.q.toLowerCase() } }]
        : [{ email: { startsWith: filter.q.trim().toLowerCase() } }];
  }
  const [total, rows] = await Promise.all([
    client.order.count({ where }),
    client.order.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: { id: true, number: true, status: true, email: true, createdAt: true, currency: true, totalCents: true },
    }),
  ]);
  // Units per order for the rows shown only: joining counts before the LIMIT would read every order.
  const units = await client.orderItem.groupBy({
    by: ['orderId'],
    where: { orderId: { in: rows.map((r) => r.id) } },
    _sum: { quantity: true },
  });
  const unitsByOrder = new Map(units.map((u) => [u.orderId, u._sum.quantity ?? 0]));
  return {
    orders: rows.map((row) => toSummary(row, unitsByOrder.get(row.id) ?? 0)),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)),
  };
}
