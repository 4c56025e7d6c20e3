import { readLink, signLink } from '@/lib/signing';

/**
 * Signed links to a return's status page, for e-mails and guests. They carry
 * their issue time; revoking the return's links ends every one issued before
 * (checked by lib/returns/access.ts against the database).
 */
const PURPOSE = 'return-link';
export const RETURN_LINK_DAYS = 120;

export function returnLinkFor(appUrl: string, returnId: string, email: string, now = new Date()): string {
  const token = signLink(PURPOSE, { id: returnId, email, issuedAt: now }, new Date(now.getTime() + RETURN_LINK_DAYS * 86_400_000));
  return new URL(`/returns/view?token=${encodeURIComponent(token)}`, appUrl).toString();
}

/** What an unaltered, unexpired return link says, revoked or not. */
export function readReturnLinkClaims(
  token: string | undefined | null,
  now = new Date(),
): { returnId: string; email: string; issuedAt: Date } | null {
  const claims = readLink(PURPOSE, token, now);
  return claims ? { returnId: claims.id, email: claims.email, issuedAt: claims.issuedAt } : null;
}

/** The return and e-mail a link names. It does not see revocations: to open a return, use `findOwnedReturn`/`verifyReturnLink`. */
export function readReturnLink(token: string | undefined | null, now = new Date()): { returnId: string; email: string } | null {
  const claims = readReturnLinkClaims(token, now);
  return claims ? { returnId: claims.returnId, email: claims.email } : null;
}
