import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { RenderedEmail } from './render';
import { bodyText, headerText } from './sanitize';

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
  /** Threading headers, so every e-mail about one thing reads as one conversation (ids with their angle brackets). */
  thread?: EmailThread;
}

export interface EmailThread {
  messageId: string;
  inReplyTo?: string | null;
  references?: string[];
}

/**
 * Writes an e-mail to the outbox. Call it with the transaction that makes
 * the change the e-mail reports: both commit together or neither does, and
 * the worker delivers it afterwards even if this process dies first.
 * Every header-bound string loses its control characters here (lib/email/sanitize), whoever built the message.
 */
export async function enqueueEmail(client: DbOrTx, message: OutgoingEmail, options: { now?: Date } = {}): Promise<{ queued: boolean }> {
  // Without a clock the database stamps the row; a clock given makes it due then.
  const at = options.now ? { createdAt: options.now, nextAttemptAt: options.now } : {};
  const thread = message.thread;
  const { count } = await client.outboxMessage.createMany({
    data: [
      {
        to: headerText(message.to),
        replyTo: message.replyTo ? headerText(message.replyTo) : null,
        template: message.template,
        subject: headerText(message.email.subject),
        html: bodyText(message.email.html),
        text: bodyText(message.email.text),
        dedupeKey: message.dedupeKey ?? null,
        messageId: thread ? headerText(thread.messageId) : null,
        inReplyTo: thread?.inReplyTo ? headerText(thread.inReplyTo) : null,
        references: thread?.references?.length ? headerText(thread.references.join(' ')) : null,
        ...at,
      },
    ],
    skipDuplicates: true,
  });
  return { queued: count === 1 };
}
