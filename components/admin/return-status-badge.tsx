import { StatusBadge, type StatusLook } from '@/components/ui/status-badge';
import type { ReturnStatus } from '@/lib/db/generated/enums';

/** How a return's status reads to staff; customers see components/returns/return-status.tsx. */
const STATUS = {
  REQUESTED: { label: 'To review', tone: 'warning' },
  APPROVED: { label: 'Approved, awaiting item', tone: 'info' },
  RECEIVED: { label: 'Received, to refund', tone: 'danger' },
  REFUNDED: { label: 'Refunded', tone: 'success' },
  REJECTED: { label: 'Rejected', tone: 'muted' },
  CANCELLED: { label: 'Cancelled', tone: 'muted' },
  EXPIRED: { label: 'Expired', tone: 'muted' },
} as const satisfies Record<ReturnStatus, StatusLook>;

/** A return's status in words (the colour only repeats it). */
export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  return (
    <StatusBadge tone={STATUS[status].tone} className="whitespace-nowrap">
      {STATUS[status].label}
    </StatusBadge>
  );
}

export function returnStatusLabel(status: ReturnStatus): string {
  return STATUS[status].label;
}
