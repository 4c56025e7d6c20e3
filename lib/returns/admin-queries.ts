import 'server-only';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import type { RefundStatus, ReturnReason, ReturnStatus } from '@/lib/db/generated/enums';
import type { Money } from '@/lib/money';
import { formatOrderNumber } from '@/lib/orders/format';
import { OPEN_RETURN_STATUSES, RETURN_STATUSES, type ReturnQueueFilter } from './admin-schemas';
import { formatReturnNumber } from './format';
import { RETURN_PHOTO_DIR } from './schemas';

/** Reads for the staff returns pages: DTOs only. */
const DAY = 86_400_000;
export const RETURNS_PAGE_SIZE = 25;
/** Photos customers attach live under this prefix; nothing else is served to staff as a return photo. */
export const RETURN_PHOTO_PREFIX = `${RETURN_PHOTO_DIR}/`;

export interface ReturnRowDto {
  number: string;
  orderNumber: string;
  email: string;
  reason: ReturnReason;
  units: number;
  status: ReturnStatus;
  createdAt: Date;
  ageDays: number;
}

export interface ReturnQueueDto {
  returns: ReturnRowDto[];
  total: number;
  page: number;
  pages: number;
  /** Per status, under the same reason and age filters. */
  counts: Record<ReturnStatus, number>;
}

const units = (items: { quantity: number }[]) => items.reduce((n, i) => n + i.quantity, 0);
const ageInDays = (createdAt: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / DAY));

export async function listReturnsForStaff(filter: ReturnQueueFilter, now = new Date(), client: DbOrTx = db): Promise<ReturnQueueDto> {
  const base: Prisma.ReturnRequestWhereInput = {};
  if (filter.reason) base.reason = filter.reason;
  if (filter.olderThan) base.createdAt = { lt: new Date(now.getTime() - filter.olderThan * DAY) };
  const { status } = filter;
  const open = status === 'open';
  const where: Prisma.ReturnRequestWhereInput = { ...base };
  if (open) where.status = { in: [...OPEN_RETURN_STATUSES] };
  else if (status !== 'all') where.status = status;
  // Work still to do is served oldest first; closed returns are looked up, newest first.
  const direction = open || (OPEN_RETURN_STATUSES as readonly string[]).includes(status) ? 'asc' : 'desc';
  const [total, rows, grouped] = await Promise.all([
    client.returnRequest.count({ where }),
    client.returnRequest.findMany({
      where,
      orderBy: [{ createdAt: direction }, { number: direction }],
      skip: (filter.page - 1) * RETURNS_PAGE_SIZE,
      take: RETURNS_PAGE_SIZE,
      select: {
        number: true,
        email: true,
        reason: true,
        status: true,
        createdAt: true,
        order: { select: { number: true } },
        items: { select: { quantity: true } },
      },
    }),
    client.returnRequest.groupBy({ by: ['status'], where: base, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(RETURN_STATUSES.map((s) => [s, 0])) as Record<ReturnStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  return {
    returns: rows.map((r) => ({
      number: formatReturnNumber(r.number),
      orderNumber: formatOrderNumber(r.order.number),
      email: r.email,
      reason: r.reason,
      units: units(r.items),
      status: r.status,
      createdAt: r.createdAt,
      ageDays: ageInDays(r.createdAt, now),
    })),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / RETURNS_PAGE_SIZE)),
    counts,
  };
}

export interface ReturnRefDto {
  id: string;
  number: string;
  orderNumber: string;
  currency: string;
}

/** The return behind an RMA number, with what its actions need to report and refresh. */
export async function findReturnByNumber(number: number, client: DbOrTx = db): Promise<ReturnRefDto | null> {
  const row = await client.returnRequest.findUnique({
    where: { number },
    select: { id: true, order: { select: { number: true, currency: true } } },
  });
  return row
    ? { id: row.id, number: formatReturnNumber(number), orderNumber: formatOrderNumber(row.order.number), currency: row.order.currency }
    : null;
}

/** Whether `key` is a photo some return holds: the photo route serves nothing else. */
export async function isReturnPhoto(key: string, client: DbOrTx = db): Promise<boolean> {
  if (!key.startsWith(RETURN_PHOTO_PREFIX)) return false;
  return (await client.returnRequest.count({ where: { photoKeys: { has: key } } })) > 0;
}

export interface OrderReturnsDto {
  disputed: boolean;
  returns: { number: string; status: ReturnStatus; reason: ReturnReason; units: number; createdAt: Date }[];
  refunded: Money;
  pending: Money;
}

/** The returns panel of the staff order page. */
export async function getOrderReturnsForStaff(orderNumber: number, client: DbOrTx = db): Promise<OrderReturnsDto | null> {
  const order = await client.order.findUnique({
    where: { number: orderNumber },
    select: {
      disputed: true,
      currency: true,
      returns: {
        select: { number: true, status: true, reason: true, createdAt: true, items: { select: { quantity: true } } },
        orderBy: { createdAt: 'asc' },
      },
      refunds: { where: { status: { in: ['PENDING', 'SUCCEEDED'] } }, select: { status: true, amountCents: true } },
    },
  });
  if (!order) return null;
  const sum = (status: RefundStatus) => order.refunds.filter((r) => r.status === status).reduce((n, r) => n + r.amountCents, 0);
  return {
    disputed: order.disputed,
    returns: order.returns.map((r) => ({
      number: formatReturnNumber(r.number),
      status: r.status,
      reason: r.reason,
      units: units(r.items),
      createdAt: r.createdAt,
    })),
    refunded: { amount: sum('SUCCEEDED'), currency: order.currency },
    pending: { amount: sum('PENDING'), currency: order.currency },
  };
}
