import type { ReturnReason } from '@/lib/db/generated/enums';

/**
 * How the store runs the guarantee. Fixed defaults for now; staff-editable
 * settings (a settings table and an admin form) are the next step.
 */
export interface ReturnSettings {
  /** Requests for these reasons, inside the window, are approved at once ("did not help" is what a money-back guarantee means). */
  autoApproveReasons: ReturnReason[];
  /** Whether a refund waits until the item is back. */
  refundRequiresReceipt: boolean;
  /** An approved return whose item has not arrived after this many days expires… */
  awaitItemDays: number;
  /** …after a reminder this many days before. */
  reminderDaysBefore: number;
}

export const DEFAULT_RETURN_SETTINGS: ReturnSettings = {
  autoApproveReasons: ['DID_NOT_HELP'],
  refundRequiresReceipt: true,
  awaitItemDays: 30,
  reminderDaysBefore: 7,
};

export function formatReturnNumber(number: number): string {
  return `RMA-${number}`;
}

export const REASON_LABELS: Record<ReturnReason, string> = {
  DID_NOT_HELP: 'It did not help',
  ARRIVED_DAMAGED: 'It arrived damaged',
  WRONG_ITEM: 'I received the wrong item',
  CHANGED_MIND: 'I changed my mind',
  OTHER: 'Something else',
};
