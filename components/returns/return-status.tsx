import type { ReturnStatus } from '@/lib/db/generated/enums';

/** How a return's status reads to the customer. */
export const RETURN_STATUS_LABEL: Record<ReturnStatus, string> = {
  REQUESTED: 'Waiting for approval',
  APPROVED: 'Approved: send the item back',
  REJECTED: 'Not approved',
  RECEIVED: 'Item received',
  REFUNDED: 'Refunded',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Expired',
};

const TONE: Record<ReturnStatus, string> = {
  REQUESTED: 'bg-white text-ink',
  APPROVED: 'bg-teal-light text-teal-dark',
  REJECTED: 'bg-accent-light text-accent',
  RECEIVED: 'bg-teal-light text-teal-dark',
  REFUNDED: 'bg-teal text-white',
  CANCELLED: 'bg-white text-ink-soft',
  EXPIRED: 'bg-white text-ink-soft',
};

export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  return <span className={`inline-block rounded-full border border-line px-3 py-0.5 text-sm font-semibold ${TONE[status]}`}>{RETURN_STATUS_LABEL[status]}</span>;
}
