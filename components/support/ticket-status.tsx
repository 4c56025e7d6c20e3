import type { TicketStatus } from '@/lib/db/generated/enums';
import { STATUS_LABELS } from '@/lib/support/format';

const TONE: Record<TicketStatus, string> = {
  NEW: 'bg-white text-ink',
  OPEN: 'bg-white text-ink',
  PENDING_CUSTOMER: 'bg-accent-light text-accent',
  SOLVED: 'bg-teal-light text-teal-dark',
  CLOSED: 'bg-white text-ink-soft',
};

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return <span className={`inline-block rounded-full border border-line px-3 py-0.5 text-sm font-semibold ${TONE[status]}`}>{STATUS_LABELS[status]}</span>;
}
