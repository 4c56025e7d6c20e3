import { StatusBadge, type StatusLook } from '@/components/ui/status-badge';
import type { OrderStatus } from '@/lib/db/generated/enums';

const STATUS = {
  PENDING: { label: 'Awaiting payment', tone: 'muted' },
  PAID: { label: 'Paid, to ship', tone: 'warning' },
  SHIPPED: { label: 'Shipped', tone: 'info' },
  DELIVERED: { label: 'Delivered', tone: 'success' },
  CANCELLED: { label: 'Cancelled', tone: 'muted' },
} as const satisfies Record<OrderStatus, StatusLook>;

/** An order's status in words (the colour only repeats it). */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <StatusBadge tone={STATUS[status].tone} className="whitespace-nowrap">
      {STATUS[status].label}
    </StatusBadge>
  );
}

export function orderStatusLabel(status: OrderStatus): string {
  return STATUS[status].label;
}
