import type { TicketPriority, TicketStatus } from '@/lib/db/generated/enums';
import { PRIORITY_LABELS, STAFF_STATUS_LABELS } from '@/lib/support/admin-schemas';

const badge = 'inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap';

const STATUS_STYLES = {
  NEW: 'border-accent/40 bg-accent-light text-accent',
  OPEN: 'border-teal/40 bg-teal-light text-teal-dark',
  PENDING_CUSTOMER: 'border-line bg-sand text-ink-soft',
  SOLVED: 'border-teal bg-teal text-white',
  CLOSED: 'border-line bg-white text-ink-soft',
} as const satisfies Record<TicketStatus, string>;

const PRIORITY_STYLES = {
  LOW: 'border-line bg-white text-ink-soft',
  NORMAL: 'border-line bg-white text-ink',
  HIGH: 'border-accent/40 bg-accent-light text-accent',
  URGENT: 'border-accent bg-accent text-white',
} as const satisfies Record<TicketPriority, string>;

/** A ticket's status in words (the colour only repeats it). */
export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return <span className={`${badge} ${STATUS_STYLES[status]}`}>{STAFF_STATUS_LABELS[status]}</span>;
}

export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  return <span className={`${badge} ${PRIORITY_STYLES[priority]}`}>{PRIORITY_LABELS[priority]}</span>;
}

/** No first reply yet and older than the target. */
export function BreachingBadge({ hours }: { hours: number }) {
  return (
    <span className={`${badge} border-accent bg-accent text-white`} title={`No reply yet after more than ${hours} hours`}>
      Breaching
    </span>
  );
}
