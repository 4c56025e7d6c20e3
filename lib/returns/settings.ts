import type { ReturnReason } from '@/lib/db/generated/enums';

/**
 * How the store runs the guarantee. Admins edit these on the returns
 * settings page (stored by ./settings-store.ts); until they do, the defaults apply.
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
