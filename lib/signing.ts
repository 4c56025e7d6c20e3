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
