import type { ReturnReason } from '@/lib/db/generated/enums';

/** How each return reason reads to customers and staff. Safe to import from client code. */
export const REASON_LABELS: Record<ReturnReason, string> = {
  DID_NOT_HELP: 'It did not help',
  ARRIVED_DAMAGED: 'It arrived damaged',
  WRONG_ITEM: 'I received the wrong item',
  CHANGED_MIND: 'I changed my mind',
  OTHER: 'Something else',
};
