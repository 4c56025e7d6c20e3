import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * HMAC signatures for values the browser holds (cart cookie, order links):
 * the browser can present them but not forge or alter them. `purpose`
 * separates uses so a token minted for one thing is useless for another.
 */
function mac(purpose: string, value: string): string {
  return createHmac('sha256', env().AUTH_SECRET).update(`${purpose}:${value}`).digest('base64url');
}

export function sign(purpose: string, value: string): string {
  return `${value}.${mac(purpose, value)}`;
}

export function unsign(purpose: string, signed: string | undefined | null): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(mac(purpose, value));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

/** A signed value that stops working at `expiresAt`. */
export function signExpiring(purpose: string, value: string, expiresAt: Date): string {
  return sign(purpose, `${value}~${expiresAt.getTime().toString(36)}`);
}

export function unsignExpiring(purpose: string, token: string | undefined | null, now = new Date()): string | null {
  const inner = unsign(purpose, token);
  if (!inner) return null;
  const tilde = inner.lastIndexOf('~');
  if (tilde <= 0) return null;
  const expires = parseInt(inner.slice(tilde + 1), 36);
  return Number.isFinite(expires) && expires > now.getTime() ? inner.slice(0, tilde) : null;
}

/**
 * What a revocable link to one resource says: its id, the e-mail it was
 * made for and when it was issued. A resource revokes its links by recording
 * a moment (`linksValidFrom`): links issued before it stop working, links
 * issued at or after it (the fresh one, and every later e-mail) keep working,
 * so the code that mints links needs no database read. Links minted before
 * issue times existed read as issued at the epoch: valid until the first revocation.
 */
export interface LinkClaims {
  id: string;
  email: string;
  issuedAt: Date;
}

export function signLink(purpose: string, claims: LinkClaims, expiresAt: Date): string {
  return signExpiring(purpose, `${claims.id}|${claims.email.toLowerCase()}|${claims.issuedAt.getTime().toString(36)}`, expiresAt);
}

/** The claims of an unaltered, unexpired link; whether it was revoked is for the reader to check against the database. */
export function readLink(purpose: string, token: string | undefined | null, now = new Date()): LinkClaims | null {
  const [id, email, issued, ...rest] = unsignExpiring(purpose, token, now)?.split('|') ?? [];
  if (!id || !email || rest.length > 0) return null;
  const issuedAt = issued === undefined ? 0 : parseInt(issued, 36);
  return Number.isFinite(issuedAt) ? { id, email, issuedAt: new Date(issuedAt) } : null;
}

/** Whether a link issued at `issuedAt` survives its resource's last revocation. */
export function linkStands(issuedAt: Date, linksValidFrom: Date | null): boolean {
  return linksValidFrom === null || issuedAt.getTime() >= linksValidFrom.getTime();
}

/** The same rule as a Prisma filter, for readers that find the resource and check the link in one query. */
export function linkStandsWhere(issuedAt: Date): { OR: [{ linksValidFrom: null }, { linksValidFrom: { lte: Date } }] } {
  return { OR: [{ linksValidFrom: null }, { linksValidFrom: { lte: issuedAt } }] };
}
