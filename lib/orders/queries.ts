import 'server-only';
import type { Viewer } from '@/lib/auth/session';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import type { OrderStatus } from '@/lib/db/generated/enums';
import type { Money } from '@/lib/money';
import { formatOrderNumber } from './format';
import { PAID_OR_LATER } from './policy';

export interface OrderSummaryDto {
  id: string;
  number: string;
  status: OrderStatus;
  email: string;
  createdAt: Date;
  total: Money;
  itemCount: number;
}

export interface OrderDetailDto extends OrderSummaryDto {
  items: { sku: string; name: string; quantity: number; unitPrice: Money; lineTotal: Money }[];
  subtotal: Money;
  shipping: Money;
  discount: Money;
  tax: Money;
  /** Paid back so far through returns. */
  refunded: Money;
  shippingName: string | null;
  shippingAddress: {
    line1: string;
    line2?: string | null;
    city: string;
    postalCode: string;
    state?: string | null;
    country: string;
  } | null;
  shippingMethod: string | null;
  paymentProvider: string;
  paymentIntentId: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  paidAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
  events: { type: string; message: string; actor: string | null; at: Date }[];
}

const detailSelect = {
  id: true,
  number: true,
  status: true,
  email: true,
  createdAt: true,
  currency: true,
  subtotalCents: true,
  shippingCents: true,
  discountCents: true,
  taxCents: true,
  totalCents: true,
  shippingName: true,
  shippingAddress: true,
  shippingMethod: true,
  paymentProvider: true,
  paymentIntentId: true,
  carrier: true,
  trackingNumber: true,
  trackingUrl: true,
  paidAt: true,
  shippedAt: true,
  deliveredAt: true,
  cancelledAt: true,
  items: { select: { sku: true, name: true, quantity: true, unitPriceCents: true } },
  events: { select: { type: true, message: true, actor: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
  refunds: { where: { status: 'SUCCEEDED' }, select: { amountCents: true } },
} satisfies Prisma.OrderSelect;

type DetailRow = Prisma.OrderGetPayload<{ select: typeof detailSelect }>;

function toDetail(row: DetailRow): OrderDetailDto {
  const money = (amount: number): Money => ({ amount, currency: row.currency });
  return {
    ...toSummary(
      row,
      row.items.reduce((n, i) => n + i.quantity, 0),
    ),
    items: row.items.map((i) => ({
      sku: i.sku,
      name: i.name,
      quantity: i.quantity,
      unitPrice: money(i.unitPriceCents),
      lineTotal: money(i.unitPriceCents * i.quantity),
    })),
    subtotal: money(row.subtotalCents),
    shipping: money(row.shippingCents),
    discount: money(row.discountCents),
    tax: money(row.taxCents),
    refunded: money(row.refunds.reduce((sum, r) => sum + r.amountCents, 0)),
    shippingName: row.shippingName,
    shippingAddress: row.shippingAddress as OrderDetailDto['shippingAddress'],
    shippingMethod: row.shippingMethod,
    paymentProvider: row.paymentProvider,
    paymentIntentId: row.paymentIntentId,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    trackingUrl: row.trackingUrl,
    paidAt: row.paidAt,
    shippedAt: row.shippedAt,
    deliveredAt: row.deliveredAt,
    cancelledAt: row.cancelledAt,
    events: row.events.map((e) => ({ type: e.type, message: e.message, actor: e.actor, at: e.createdAt })),
  };
}

export type SummaryRow = {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  createdAt: Date;
  currency: string;
  totalCents: number;
};

export function toSummary(row: SummaryRow, itemCount: number): OrderSummaryDto {
  return {
    id: row.id,
    number: formatOrderNumber(row.number),
    status: row.status,
    email: row.email,
    createdAt: row.createdAt,
    total: { amount: row.totalCents, currency: row.currency },
    itemCount,
  };
}

/** Orders a customer sees: paid ones placed while signed in or under their e-mail as a guest. Returns' reads start from it too. */
export function customerOrderWhere(viewer: Viewer): Prisma.OrderWhereInput {
  return { status: { in: [...PAID_OR_LATER] }, OR: [{ userId: viewer.id }, { email: viewer.email.toLowerCase() }] };
}

export async function listOrdersForCustomer(viewer: Viewer, client: DbOrTx = db): Promise<OrderSummaryDto[]> {
  const rows = await client.order.findMany({
    where: customerOrderWhere(viewer),
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      number: true,
      status: true,
      email: true,
      createdAt: true,
      currency: true,
      totalCents: true,
      items: { select: { quantity: true } },
    },
  });
  return rows.map((row) =>
    toSummary(
      row,
      row.items.reduce((n, i) => n + i.quantity, 0),
    ),
  );
}

/** Null unless the viewer owns the order: guessing numbers finds nothing. */
export async function getOrderForCustomer(number: number, viewer: Viewer, client: DbOrTx = db): Promise<OrderDetailDto | null> {
  const row = await client.order.findFirst({ where: { number, ...customerOrderWhere(viewer) }, select: detailSelect });
  return row ? toDetail(row) : null;
}

/**
 * For a signed order link: the order, if it still belongs to that e-mail.
 * Check the link with `verifyOrderLink` (link-access.ts) first: this does not see revocations.
 */
export async function getOrderForLink(orderId: string, email: string, client: DbOrTx = db): Promise<OrderDetailDto | null> {
  const row = await client.order.findFirst({
    where: { id: orderId, email: email.toLowerCase(), status: { in: [...PAID_OR_LATER] } },
    select: detailSelect,
  });
  return row ? toDetail(row) : null;
}

/** The checkout success page: the order named by this browser's signed checkout cookie, and by the URL. */
export async function getOrderForCheckout(orderId: string, number: number, client: DbOrTx = db): Promise<OrderDetailDto | null> {
  const row = await client.order.findFirst({ where: { id: orderId, number }, select: detailSelect });
  return row ? toDetail(row) : null;
}

export async function getOrderForStaff(number: number, client: DbOrTx = db): Promise<OrderDetailDto | null> {
  const row = await client.order.findUnique({ where: { number }, select: detailSelect });
  return row ? toDetail(row) : null;
}
