import { randomBytes } from 'node:crypto';

/**
 * A ticket's reply address: support+t-<tag>@…, where the tag is 128 random bits stored on the ticket. The
 * sequential SUP- number is never an address: knowing it (it is in every subject) finds no ticket. The tag is
 * lowercase hex so a mail server that folds the local part to lowercase cannot break it.
 */
const TAG = /^t-([0-9a-f]{32})$/;

export function newReplyTag(): string {
  return randomBytes(16).toString('hex');
}

export function replyAddress(supportAddress: string, tag: string): string {
  const [local, domain] = supportAddress.split('@');
  return `${local}+t-${tag}@${domain}`;
}

/** The tag in an address sent to our support mailbox, or null (another mailbox, no tag, a malformed one). */
export function parseReplyTag(address: string, supportAddress: string): string | null {
  const [local, domain] = supportAddress.toLowerCase().split('@');
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== domain) return null;
  const [base, detail] = address.slice(0, at).toLowerCase().split('+', 2);
  if (base !== local || !detail) return null;
  return TAG.exec(detail)?.[1] ?? null;
}
