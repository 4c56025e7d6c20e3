import { StatusBadge, type StatusTone } from '@/components/ui/status-badge';
import type { ReturnStatus } from '@/lib/db/generated/enums';

/** How a return's status reads to the customer; staff see components/admin/return-status-badge.tsx. */
export const RETURN_STATUS_LABEL: Record<ReturnStatus, string> = {
  REQUESTED: 'Waiting for approval',
  APPROVED: 'Approved: send the item back',
  REJECTED: 'Not approved',
  RECEIVED: 'Item received',
  REFUNDED: 'Refunded',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Expired',
};

const TONE = {
  REQUESTED: 'neutral',
  APPROVED: 'info',
  REJECTED: 'warning',
  RECEIVED: 'info',
  REFUNDED: 'success',
  CANCELLED: 'muted',
  EXPIRED: 'muted',
} as const satisfies Record<ReturnStatus, StatusTone>;

export function CustomerReturnStatusBadge({ status }: { status: ReturnStatus }) {
  return <StatusBadge tone={TONE[status]}>{RETURN_STATUS_LABEL[status]}</StatusBadge>;
}
