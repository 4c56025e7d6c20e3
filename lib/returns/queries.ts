import 'server-only';
import type { Viewer } from '@/lib/auth/session';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import type { ReturnReason, ReturnStatus } from '@/lib/db/generated/enums';
import { env } from '@/lib/env';
import type { Money } from '@/lib/money';
import { formatOrderNumber } from '@/lib/orders/format';
import { customerOrderWhere } from '@/lib/orders/queries';
import { formatReturnNumber } from './format';

/**
 * Reads for the customer's side of returns. Callers check ownership first
 * (lib/returns/access.ts); these take the ids that check produced.
 */
export interface ReturnSummaryDto {
  id: string;
  number: string;
  orderNumber: string;
  status: ReturnStatus;
  createdAt: Date;
  unitCount: number;
}

export interface ReturnDetailDto extends ReturnSummaryDto {
  reason: ReturnReason;
  comment: string | null;
  photoCount: number;
  rejectionReason: string | null;
  approvedAt: Date | null;
  receivedAt: Date | null;
  refundedAt: Date | null;
  closedAt: Date | null;
  /** An approved return's item must arrive by then. */
  expiresAt: Date | null;
  items: { sku: string; name: string; quantity: number }[];
  /** What was paid back, once a refund succeeded. */
  refunded: Money | null;
  /** The customer may still withdraw it. */
  cancellable: boolean;
}

export interface ReturnableLineDto {
  orderItemId: string;
  sku: string;
  name: string;
  ordered: number;
  returnable: number;
}

const summarySelect = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  order: { select: { number: true } },
  items: { select: { quantity: true } },
} satisfies Prisma.ReturnRequestSelect;

function toSummary(row: Prisma.ReturnRequestGetPayload<{ select: typeof summarySelect }>): ReturnSummaryDto {
  return {
    id: row.id,
    number: formatReturnNumber(row.number),
    orderNumber: formatOrderNumber(row.order.number),
    status: row.status,
    createdAt: row.createdAt,
    unitCount: row.items.reduce((n, i) => n + i.quantity, 0),
  };
}

/** The customer's returns across all their orders, newest first. */
export async function listReturnsForCustomer(viewer: Viewer, client: DbOrTx = db): Promise<ReturnSummaryDto[]> {
  const rows = await client.returnRequest.findMany({
    where: { order: customerOrderWhere(viewer) },
    orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
    take: 100,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export async function listReturnsForOrder(orderId: string, client: DbOrTx = db): Promise<ReturnSummaryDto[]> {
  const rows = await client.returnRequest.findMany({
    where: { orderId },
    orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export async function getReturnDetail(returnId: string, client: DbOrTx = db): Promise<ReturnDetailDto | null> {
  const row = await client.returnRequest.findUnique({
    where: { id: returnId },
    select: {
      ...summarySelect,
      reason: true,
      comment: true,
      photoKeys: true,
      rejectionReason: true,
      approvedAt: true,
      receivedAt: true,
      refundedAt: true,
      closedAt: true,
      expiresAt: true,
      items: { select: { quantity: true, orderItem: { select: { sku: true, name: true } } }, orderBy: { orderItem: { name: 'asc' } } },
      refunds: { where: { status: 'SUCCEEDED' }, select: { amountCents: true, currency: true } },
    },
  });
  if (!row) return null;
  const refundedCents = row.refunds.reduce((sum, r) => sum + r.amountCents, 0);
  return {
    ...toSummary(row),
    reason: row.reason,
    comment: row.comment,
    photoCount: row.photoKeys.length,
    rejectionReason: row.rejectionReason,
    approvedAt: row.approvedAt,
    receivedAt: row.receivedAt,
    refundedAt: row.refundedAt,
    closedAt: row.closedAt,
    expiresAt: row.expiresAt,
    items: row.items.map((i) => ({ sku: i.orderItem.sku, name: i.orderItem.name, quantity: i.quantity })),
    refunded: row.refunds.length ? { amount: refundedCents, currency: row.refunds[0]!.currency } : null,
    cancellable: row.status === 'REQUESTED' || row.status === 'APPROVED',
  };
}

/** Units of each order line still open to return: ordered minus those in live returns. */
export async function returnableUnits(orderId: string, client: DbOrTx = db): Promise<Map<string, number>> {
  const items = await client.orderItem.findMany({
    where: { orderId },
    select: {
      id: true,
      quantity: true,
      returnItems: { where: { return: { status: { notIn: ['REJECTED', 'CANCELLED', 'EXPIRED'] } } }, select: { quantity: true } },
    },
  });
  return new Map(items.map((i) => [i.id, i.quantity - i.returnItems.reduce((n, r) => n + r.quantity, 0)]));
}

/** Each line of an order with the units still open to return. */
export async function listReturnableLines(orderId: string, client: DbOrTx = db): Promise<ReturnableLineDto[]> {
  const [items, open] = await Promise.all([
    client.orderItem.findMany({
      where: { orderId },
      orderBy: { name: 'asc' },
      select: { id: true, sku: true, name: true, quantity: true },
    }),
    returnableUnits(orderId, client),
  ]);
  return items.map((i) => ({
    orderItemId: i.id,
    sku: i.sku,
    name: i.name,
    ordered: i.quantity,
    returnable: Math.max(0, open.get(i.id) ?? 0),
  }));
}

/** Where customers send returns (RETURN_ADDRESS), one entry per line. */
export function returnAddressLines(): string[] {
  return env()
    .RETURN_ADDRESS.split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
