import { signExpiring, unsignExpiring } from '@/lib/signing';

/**
 * The customer's links to an attached file carry their own token, minted for that one attachment as the ticket
 * page renders and valid for ATTACHMENT_LINK_MINUTES: a link copied out of the page, a browser history or a proxy
 * log stops working soon, and never opens another file. The long-lived ticket link opens no file by itself.
 */
const PURPOSE = 'ticket-attachment';
export const ATTACHMENT_LINK_MINUTES = 15;

export function attachmentTokenFor(attachmentId: string, now = new Date()): string {
  return signExpiring(PURPOSE, attachmentId, new Date(now.getTime() + ATTACHMENT_LINK_MINUTES * 60_000));
}

export function attachmentUrlFor(attachmentId: string, now = new Date()): string {
  return `/api/support/attachments/${encodeURIComponent(attachmentId)}?token=${encodeURIComponent(attachmentTokenFor(attachmentId, now))}`;
}

/** True when `token` was minted for this attachment and has not expired. */
export function attachmentTokenOpens(token: string | null | undefined, attachmentId: string, now = new Date()): boolean {
  return unsignExpiring(PURPOSE, token, now) === attachmentId;
}
