import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import type { OrderSummaryDto } from '@/lib/orders/queries';

const STATUS_LABEL = {
  PENDING: 'Awaiting payment',
  PAID: 'Paid, preparing',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
} as const;

export function OrderList({ orders }: { orders: OrderSummaryDto[] }) {
  return (
    <ul className="flex flex-col divide-y divide-line">
      {orders.map((order) => (
        <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
          <Link href={`/account/orders/${order.number}`} className="font-semibold">
            {order.number}
          </Link>
          <span className="text-ink-soft">{formatDate(order.createdAt)}</span>
          <span>{STATUS_LABEL[order.status]}</span>
          <span className="font-semibold">{formatMoney(order.total)}</span>
        </li>
      ))}
    </ul>
  );
}
