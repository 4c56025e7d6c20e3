import type { ReturnStatus } from '@/lib/db/generated/enums';

const STATUS = {
  REQUESTED: { label: 'To review', className: 'border-accent/40 bg-accent-light text-accent' },
  APPROVED: { label: 'Approved, awaiting item', className: 'border-teal/40 bg-teal-light text-teal-dark' },
  RECEIVED: { label: 'Received, to refund', className: 'border-accent bg-accent text-white' },
  REFUNDED: { label: 'Refunded', className: 'border-teal bg-teal text-white' },
  REJECTED: { label: 'Rejected', className: 'border-line bg-white text-ink-soft' },
  CANCELLED: { label: 'Cancelled', className: 'border-line bg-white text-ink-soft' },
  EXPIRED: { label: 'Expired', className: 'border-line bg-sand text-ink-soft' },
} as const satisfies Record<ReturnStatus, { label: string; className: string }>;

/** A return's status in words (the colour only repeats it). */
export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  const { label, className } = STATUS[status];
  return <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${className}`}>{label}</span>;
}

export function returnStatusLabel(status: ReturnStatus): string {
  return STATUS[status].label;
}
