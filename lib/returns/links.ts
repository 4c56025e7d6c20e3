import { signExpiring, unsignExpiring } from '@/lib/signing';

/** Signed links to a return's status page, for e-mails and guests. */
const PURPOSE = 'return-link';
const HOURS = 120 * 24;

export function returnLinkFor(appUrl: string, returnId: string, email: string, now = new Date()): string {
  const token = signExpiring(PURPOSE, `${returnId}|${email.toLowerCase()}`, new Date(now.getTime() + HOURS * 3_600_000));
  return new URL(`/returns/view?token=${encodeURIComponent(token)}`, appUrl).toString();
}

export function readReturnLink(token: string | undefined | null, now = new Date()): { returnId: string; email: string } | null {
  const value = unsignExpiring(PURPOSE, token, now);
  const [returnId, email] = value?.split('|') ?? [];
  return returnId && email ? { returnId, email } : null;
}
