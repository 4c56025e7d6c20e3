import Link from 'next/link';
import { OrderStatusBadge } from '@/components/admin/order-status-badge';
import { Price } from '@/components/catalog/price';
import { DataTable, type Column } from '@/components/staff/data-table';
import { formatDate } from '@/lib/dates';
import type { OrderSummaryDto } from '@/lib/orders/queries';

const columns: Column<OrderSummaryDto>[] = [
  { header: 'Order', cell: (order) => <Link href={`/admin/orders/${order.number}`}>{order.number}</Link>, className: 'whitespace-nowrap' },
  {
    header: 'Placed',
    cell: (order) => <time dateTime={order.createdAt.toISOString()}>{formatDate(order.createdAt)}</time>,
    className: 'text-sm whitespace-nowrap',
  },
  { header: 'E-mail', cell: (order) => order.email, className: 'text-sm break-all' },
  { header: 'Items', cell: (order) => order.itemCount, align: 'end' },
  { header: 'Total', cell: (order) => <Price money={order.total} />, align: 'end', className: 'whitespace-nowrap' },
  { header: 'Status', cell: (order) => <OrderStatusBadge status={order.status} /> },
];

/** The staff order list: scrolls sideways inside its box on a phone rather than squeezing the columns. */
export function OrderListTable({ orders }: { orders: OrderSummaryDto[] }) {
  return <DataTable caption="Orders" section={{ id: 'orders-table' }} columns={columns} rows={orders} rowKey={(order) => order.id} />;
}
