import { StatusBadge, type StatusTone } from '@/components/ui/status-badge';
import type { TicketPriority, TicketStatus } from '@/lib/db/generated/enums';
import { PRIORITY_LABELS, STAFF_STATUS_LABELS } from '@/lib/support/admin-schemas';

const STATUS_TONES = {
  NEW: 'warning',
  OPEN: 'info',
  PENDING_CUSTOMER: 'muted',
  SOLVED: 'success',
  CLOSED: 'muted',
} as const satisfies Record<TicketStatus, StatusTone>;

const PRIORITY_TONES = {
  LOW: 'muted',
  NORMAL: 'neutral',
  HIGH: 'warning',
  URGENT: 'danger',
} as const satisfies Record<TicketPriority, StatusTone>;

/** A ticket's status in words, as staff name it (the colour only repeats it); customers see components/support/ticket-status.tsx. */
export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return (
    <StatusBadge tone={STATUS_TONES[status]} className="whitespace-nowrap">
      {STAFF_STATUS_LABELS[status]}
    </StatusBadge>
  );
}

export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  return (
    <StatusBadge tone={PRIORITY_TONES[priority]} className="whitespace-nowrap">
      {PRIORITY_LABELS[priority]}
    </StatusBadge>
  );
}

/** No first reply yet and older than the target. */
export function BreachingBadge({ hours }: { hours: number }) {
  return (
    <StatusBadge tone="danger" className="whitespace-nowrap" title={`No reply yet after more than ${hours} hours`}>
      Breaching
    </StatusBadge>
  );
}

/** Anyone can type any e-mail into the contact form: until the e-mailed link is used, the sender only claims it. */
export function SenderUnverifiedBadge() {
  return (
    <StatusBadge tone="warning" className="whitespace-nowrap" title="The sender has not yet used the link we e-mailed to that address">
      Sender not verified
    </StatusBadge>
  );
}
