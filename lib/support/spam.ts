import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { consumeAll, describeWait } from '@/lib/rate-limit/service';
import { sign, unsign } from '@/lib/signing';
import { HONEYPOT_FIELD } from './schemas';

/**
 * Spam protection for the contact form, with no third party: a honeypot
 * field, a signed "form shown at" time (people take more than a few seconds
 * to write, and a form is not kept open for days), and rate limits counted in
 * PostgreSQL so every app instance shares them.
 */
const STAMP_PURPOSE = 'support-form-stamp';
export const MIN_FILL_MS = 3_000;
export const MAX_FORM_AGE_MS = 24 * 3_600_000;
const HOUR = 3_600_000;

export const TICKET_LIMITS = {
  perIp: { name: 'support-ticket:ip', limit: 20, windowMs: HOUR },
  perEmail: { name: 'support-ticket:email', limit: 5, windowMs: HOUR },
};
/** A generous cap on replies through one ticket's link: people write a few, scripts write hundreds. */
export const REPLY_LIMIT = { name: 'support-reply:ticket', limit: 30, windowMs: HOUR };

/** The hidden field's value: when the form was shown, signed so it cannot be back-dated. */
export function formStamp(now = new Date()): string {
  return sign(STAMP_PURPOSE, now.getTime().toString(36));
}

export type StampCheck = { ok: true } | { ok: false; reason: 'too-fast' | 'expired' | 'invalid'; message: string };

export function checkFormStamp(stamp: FormDataEntryValue | null, now = new Date()): StampCheck {
  const value = typeof stamp === 'string' ? unsign(STAMP_PURPOSE, stamp) : null;
  const shownAt = value ? parseInt(value, 36) : NaN;
  if (!Number.isFinite(shownAt)) {
    return { ok: false, reason: 'invalid', message: 'We could not check this form. Please send your message again.' };
  }
  const age = now.getTime() - shownAt;
  if (age < MIN_FILL_MS) {
    return {
      ok: false,
      reason: 'too-fast',
      message: 'That was sent quicker than anyone can type. Please wait a few seconds, check your message and send it again.',
    };
  }
  if (age > MAX_FORM_AGE_MS) {
    return {
      ok: false,
      reason: 'expired',
      message: 'This form was open for more than a day, so we could not accept it. Please send your message again.',
    };
  }
  return { ok: true };
}

export function honeypotFilled(formData: FormData): boolean {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === 'string' && value.trim() !== '';
}

/** Counts one new ticket against the caller's IP and e-mail; the message says when to try again. */
export async function consumeTicketAllowance(
  ip: string,
  email: string,
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<{ allowed: true } | { allowed: false; message: string }> {
  const result = await consumeAll(
    [
      { rule: TICKET_LIMITS.perIp, subject: ip },
      { rule: TICKET_LIMITS.perEmail, subject: email },
    ],
    options,
    client,
  );
  if (result.allowed) return { allowed: true };
  return {
    allowed: false,
    message: `You have sent us a lot of messages in the last hour. Please try again ${describeWait(result.resetAt, options.now)}, or reply to one of our e-mails.`,
  };
}
