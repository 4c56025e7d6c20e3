import 'server-only';
import { refusal, type ActionResult, type FormValues } from '@/lib/action-result';
import { db, type DbOrTx } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit/service';
import { issueSignInLink } from './magic-link';
import { canManageStaff, hasRecentSignIn, RECENT_SIGN_IN_MINUTES } from './policy';
import { reauthRateLimit } from './rate-limits';
import type { Viewer } from './session';

/** A step that moves money, stock or roles: what it is (for the refusal), and the page a fresh sign-in returns to. */
export interface SensitiveStep {
  what: string;
  returnTo: string;
}

/**
 * Money, stock and role steps need an admin who signed in within the last
 * RECENT_SIGN_IN_MINUTES. A support agent is refused outright. An admin whose
 * sign-in is older is refused too, and is e-mailed a fresh sign-in link that
 * comes back to the page (at most a few per quarter hour); nothing else changes.
 * Returns the refusal, or null when the step may go ahead.
 */
export async function refuseUnlessFreshAdmin(
  step: SensitiveStep,
  actor: Viewer,
  context: { now: Date; values: FormValues | undefined },
  client: DbOrTx = db,
): Promise<ActionResult | null> {
  if (!canManageStaff(actor.role)) throw new AppError('FORBIDDEN', `Only admins can ${step.what}.`);
  if (hasRecentSignIn(actor.signedInAt, context.now)) return null;
  const values = context.values;
  const limit = await consumeRateLimit(reauthRateLimit, actor.email, { now: context.now }, client);
  const why = `To ${step.what}, confirm it's you: it needs a sign-in from the last ${RECENT_SIGN_IN_MINUTES} minutes.`;
  if (!limit.allowed) {
    const message = `${why} We have already e-mailed you fresh sign-in links: open the newest one in your inbox.`;
    return refusal({ code: 'UNAUTHENTICATED', message, ...(values && { values }) });
  }
  const { APP_URL, AUTH_SECRET } = env();
  await issueSignInLink(
    { email: actor.email, callbackPath: step.returnTo },
    { appUrl: APP_URL, secret: AUTH_SECRET, now: context.now },
    client,
  );
  const message = `${why} We've e-mailed a fresh sign-in link to ${actor.email}: open it, press Continue, and you'll be back on this page to try again.`;
  return refusal({ code: 'UNAUTHENTICATED', message, ...(values && { values }) });
}
