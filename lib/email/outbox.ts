import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { RenderedEmail } from './render';

export interface OutgoingEmail {
  to: string;
  email: RenderedEmail;
  /** Names the template, for the mailbox and logs. */
  template: string;
  replyTo?: string;
  /**
   * Makes enqueuing idempotent: a second message with the same key is
   * dropped, so a retried webhook or double click sends one e-mail.
   */
  dedupeKey?: string;
}

/**
 * Writes an e-mail to the outbox. Call it with the transaction that makes
 * the change the e-mail reports: both commit together or neither does, and
 * the worker delivers it afterwards even if this process dies first.
 */
export async function enqueueEmail(client: DbOrTx, message: OutgoingEmail, options: { now?: Date } = {}): Promise<{ queued: boolean }> {
  // Without a clock the database stamps the row; a clock given makes it due then.
  const at = options.now ? { createdAt: options.now, nextAttemptAt: options.now } : {};
  const { count } = await client.outboxMessage.createMany({
    data: [
      {
        to: message.to,
        replyTo: message.replyTo ?? null,
        template: message.template,
        subject: message.email.subject,
        html: message.email.html,
        text: message.email.text,
        dedupeKey: message.dedupeKey ?? null,
        ...at,
      },
    ],
    skipDuplicates: true,
  });
  return { queued: count === 1 };
}
