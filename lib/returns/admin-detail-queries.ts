import 'server-only';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import type { RefundStatus, ReturnReason, ReturnStatus } from '@/lib/db/generated/enums';
import type { Money } from '@/lib/money';
import { formatOrderNumber } from '@/lib/orders/format';
import { planRefund, type RefundPlan } from './refund-plan';
import { formatReturnNumber } from './format';
import type { ReturnSettings } from './settings';
import { RETURN_PHOTO_PREFIX } from './admin-queries';

/** The staff return page: everything about one return, and the refund it would get. */
const detailSelect = {
  id: true,
  number: true,
  status: true,
  reason: true,
  comment: true,
  photoKeys: true,
  email: true,
  rejectionReason: true,
  conditionNotes: true,
  restocked: true,
  createdAt: true,
  approvedAt: true,
  receivedAt: true,
  refundedAt: true,
  closedAt: true,
  expiresAt: true,
  order: {
    select: {
      id: true,
      number: true,
      currency: true,
      disputed: true,
      paymentIntentId: true,
      deliveredAt: true,
      paidAt: true,
      subtotalCents: true,
      shippingCents: true,
      discountCents: true,
      taxCents: true,
      totalCents: true,
    },
  },
  items: { select: { quantity: true, orderItem: { select: { sku: true, name: true, unitPriceCents: true } } } },
  refunds: {
    select: { attempt: true, amountCents: true, currency: true, status: true, failureReason: true, createdAt: true },
    orderBy: { attempt: 'asc' },
  },
  events: { select: { type: true, message: true, actor: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
} satisfies Prisma.ReturnRequestSelect;

export type ReturnDetailRow = Prisma.ReturnRequestGetPayload<{ select: typeof detailSelect }>;

export interface ReturnDetailDto {
  number: string;
  status: ReturnStatus;
  reason: ReturnReason;
  comment: string | null;
  /** URLs of the staff-only photo route. */
  photos: string[];
  email: string;
  rejectionReason: string | null;
  conditionNotes: string | null;
  restocked: boolean;
  dates: {
    requested: Date;
    approved: Date | null;
    received: Date | null;
    refunded: Date | null;
    closed: Date | null;
    expires: Date | null;
  };
  order: { number: string; total: Money; deliveredAt: Date | null; disputed: boolean };
  items: { sku: string; name: string; quantity: number; unitPrice: Money }[];
  refunds: { attempt: number; amount: Money; status: RefundStatus; failureReason: string | null; at: Date }[];
  events: { type: string; message: string; actor: string | null; at: Date }[];
  refund: RefundPlan;
}

export function photoUrlOf(key: string): string {
  return `/api/admin/returns/photos/${key}`;
}

export async function getReturnForStaff(number: number, settings: ReturnSettings, client: DbOrTx = db): Promise<ReturnDetailDto | null> {
  const row = await client.returnRequest.findUnique({ where: { number }, select: detailSelect });
  if (!row) return null;
  const money = (amount: number): Money => ({ amount, currency: row.order.currency });
  return {
    number: formatReturnNumber(row.number),
    status: row.status,
    reason: row.reason,
    comment: row.comment,
    photos: row.photoKeys.filter((k) => k.startsWith(RETURN_PHOTO_PREFIX)).map(photoUrlOf),
    email: row.email,
    rejectionReason: row.rejectionReason,
    conditionNotes: row.conditionNotes,
    restocked: row.restocked,
    dates: {
      requested: row.createdAt,
      approved: row.approvedAt,
      received: row.receivedAt,
      refunded: row.refundedAt,
      closed: row.closedAt,
      expires: row.expiresAt,
    },
    order: {
      number: formatOrderNumber(row.order.number),
      total: money(row.order.totalCents),
      deliveredAt: row.order.deliveredAt,
      disputed: row.order.disputed,
    },
    items: row.items.map((i) => ({
      sku: i.orderItem.sku,
      name: i.orderItem.name,
      quantity: i.quantity,
      unitPrice: money(i.orderItem.unitPriceCents),
    })),
    refunds: row.refunds.map((r) => ({
      attempt: r.attempt,
      amount: { amount: r.amountCents, currency: r.currency },
      status: r.status,
      failureReason: r.failureReason,
      at: r.createdAt,
    })),
    events: row.events.map((e) => ({ type: e.type, message: e.message, actor: e.actor, at: e.createdAt })),
    refund: await planRefund(row, settings, client),
  };
}
