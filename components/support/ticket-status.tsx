import { StatusBadge, type StatusTone } from '@/components/ui/status-badge';
import type { TicketStatus } from '@/lib/db/generated/enums';
import { STATUS_LABELS } from '@/lib/support/format';

const TONE = {
  NEW: 'neutral',
  OPEN: 'neutral',
  PENDING_CUSTOMER: 'warning',
  SOLVED: 'info',
  CLOSED: 'muted',
} as const satisfies Record<TicketStatus, StatusTone>;

/** A ticket's status as the customer reads it; staff see components/admin/ticket-badges.tsx. */
export function CustomerTicketStatusBadge({ status }: { status: TicketStatus }) {
  return <StatusBadge tone={TONE[status]}>{STATUS_LABELS[status]}</StatusBadge>;
}
