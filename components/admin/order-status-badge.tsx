import type { OrderStatus } from '@/lib/db/generated/enums';

const STATUS = {
  PENDING: { label: 'Awaiting payment', className: 'border-line bg-sand text-ink-soft' },
  PAID: { label: 'Paid, to ship', className: 'border-accent/40 bg-accent-light text-accent' },
  SHIPPED: { label: 'Shipped', className: 'border-teal/40 bg-teal-light text-teal-dark' },
  DELIVERED: { label: 'Delivered', className: 'border-teal bg-teal text-white' },
  CANCELLED: { label: 'Cancelled', className: 'border-line bg-white text-ink-soft' },
} as const satisfies Record<OrderStatus, { label: string; className: string }>;

/** An order's status in words (the colour only repeats it). */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { label, className } = STATUS[status];
  return <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${className}`}>{label}</span>;
}

export function orderStatusLabel(status: OrderStatus): string {
  return STATUS[status].label;
}
