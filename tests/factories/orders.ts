import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import type { OrderStatus } from '@/lib/db/generated/enums';
import { formatOrderNumber } from '@/lib/orders/format';
import { uniqueEmail } from './email';

export interface OrderOverrides {
  status?: OrderStatus;
  email?: string;
  createdAt?: Date;
  /** Seeded SKUs; the default is one QL Claw. */
  items?: { sku: string; quantity: number }[];
  shippingCents?: number;
}

const PAID_OR_LATER: OrderStatus[] = ['PAID', 'SHIPPED', 'DELIVERED'];

/**
 * Inserts an Order with its OrderItems for seeded variants (run `seed(db)`
 * first), with totals that add up and the timestamps its status implies.
 */
export async function createOrder(client: DbOrTx, overrides: OrderOverrides = {}) {
  const status = overrides.status ?? 'PAID';
  const createdAt = overrides.createdAt ?? new Date();
  const wanted = overrides.items ?? [{ sku: 'QLC-1', quantity: 1 }];
  const variants = await client.productVariant.findMany({
    where: { sku: { in: wanted.map((i) => i.sku) } },
    select: { id: true, sku: true, name: true, priceCents: true, currency: true },
  });
  const items = wanted.map(({ sku, quantity }) => {
    const variant = variants.find((v) => v.sku === sku);
    if (!variant) throw new Error(`createOrder: no variant ${sku}; seed the catalogue first (seed(db))`);
    return { variantId: variant.id, sku, name: variant.name, unitPriceCents: variant.priceCents, quantity, currency: variant.currency };
  });
  const subtotalCents = items.reduce((sum, i) => sum + i.unitPriceCents * i.quantity, 0);
  const shippingCents = overrides.shippingCents ?? 0;
  const paid = PAID_OR_LATER.includes(status);
  const order = await client.order.create({
    data: {
      status,
      email: (overrides.email ?? uniqueEmail('buyer')).toLowerCase(),
      currency: items[0]?.currency ?? 'USD',
      subtotalCents,
      shippingCents,
      totalCents: subtotalCents + shippingCents,
      paymentProvider: 'test',
      paymentIntentId: paid ? `pi_test_${randomBytes(8).toString('hex')}` : null,
      stockReserved: status === 'PENDING',
      shippingName: 'Sam Tester',
      shippingAddress: { line1: '1 Test Street', city: 'Springfield', postalCode: '12345', state: 'IL', country: 'US' },
      shippingMethod: 'Standard',
      carrier: status === 'SHIPPED' || status === 'DELIVERED' ? 'Other' : null,
      trackingNumber: status === 'SHIPPED' || status === 'DELIVERED' ? 'TEST-123' : null,
      paidAt: paid ? createdAt : null,
      shippedAt: status === 'SHIPPED' || status === 'DELIVERED' ? createdAt : null,
      deliveredAt: status === 'DELIVERED' ? createdAt : null,
      cancelledAt: status === 'CANCELLED' ? createdAt : null,
      createdAt,
      items: { create: items.map(({ currency: _currency, ...item }) => item) },
    },
    select: { id: true, number: true, email: true },
  });
  return { ...order, label: formatOrderNumber(order.number) };
}
