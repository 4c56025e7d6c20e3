import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { enqueueEmail } from '@/lib/email/outbox';
import { signInLinkEmail } from '@/lib/email/templates';
import { CONTINUE_PATH } from './links';

export const MAGIC_LINK_MAX_AGE_SECONDS = 60 * 60;

/** next-auth stores sha256(token + secret), never the token itself (@auth/core lib/actions/signin/send-token.js). */
export function hashVerificationToken(token: string, secret: string): string {
  return createHash('sha256').update(`${token}${secret}`).digest('hex');
}

/**
 * Issues a magic link exactly as next-auth's e-mail provider does (the same
 * token format, hash and expiry, so its callback accepts it), for links the
 * store sends on its own account: a fresh sign-in before a money or role action.
 */
export async function issueSignInLink(
  input: { email: string; callbackPath: string },
  deps: { appUrl: string; secret: string; now: Date },
  client: DbOrTx = db,
): Promise<void> {
  const token = randomBytes(32).toString('hex');
  const expires = new Date(deps.now.getTime() + MAGIC_LINK_MAX_AGE_SECONDS * 1000);
  const callbackUrl = new URL(input.callbackPath, deps.appUrl).toString();
  const url = new URL(`${CONTINUE_PATH}?${new URLSearchParams({ callbackUrl, token, email: input.email })}`, deps.appUrl).toString();
  await inTransaction(client, async (tx) => {
    await tx.verificationToken.create({ data: { identifier: input.email, token: hashVerificationToken(token, deps.secret), expires } });
    await enqueueEmail(tx, { to: input.email, template: 'sign-in-link', email: signInLinkEmail({ url, expires }) });
  });
}
