import 'server-only';
import { inTransaction, type DbOrTx } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/queue';
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

/** The graphile-worker task that delivers one message (lib/jobs/tasks.ts), and its job key for a message. */
export const SEND_EMAIL_TASK = 'send-email';
export const sendEmailJobKey = (messageId: string) => `${SEND_EMAIL_TASK}:${messageId}`;
/**
 * Tries per message, the first included; the job queue spaces them exponentially (e^n seconds after the n-th
 * failure: 3 s, 7 s, 20 s, 1 min, … 2.2 h), so a message is given up about 3.6 hours after its first failure.
 */
export const EMAIL_MAX_ATTEMPTS = 10;

/**
 * Writes an e-mail to the outbox and enqueues the job that sends it (lib/email/delivery.ts). Call it with the
 * transaction that makes the change the e-mail reports: the change, the message and its job commit together or
 * not at all, and a worker delivers it afterwards even if this process dies first. (Given the client instead of a
 * transaction, the message and its job still commit together.)
 * Every header-bound string loses its control characters here (lib/email/sanitize), whoever built the message.
 */
export async function enqueueEmail(client: DbOrTx, message: OutgoingEmail, options: { now?: Date } = {}): Promise<{ queued: boolean }> {
  // Without a clock the database stamps the row; a clock given makes it due then.
  const at = options.now ? { createdAt: options.now, nextAttemptAt: options.now } : {};
  const thread = message.thread;
  return inTransaction(client, async (tx) => {
    const created = await tx.outboxMessage.createManyAndReturn({
      select: { id: true },
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
          maxAttempts: EMAIL_MAX_ATTEMPTS,
          ...at,
        },
      ],
      skipDuplicates: true,
    });
    // The job is due at once on the database's clock, whatever clock stamped the row.
    for (const { id } of created) {
      await enqueueJob(SEND_EMAIL_TASK, { messageId: id }, { jobKey: sendEmailJobKey(id), maxAttempts: EMAIL_MAX_ATTEMPTS }, tx);
    }
    return { queued: created.length === 1 };
  });
}

/** A FAILED message back to PENDING with a full set of attempts, for a job that is about to run again. */
export async function reopenFailedEmail(messageId: string, client: DbOrTx): Promise<boolean> {
  const { count } = await client.outboxMessage.updateMany({
    where: { id: messageId, status: 'FAILED' },
    data: { status: 'PENDING', maxAttempts: { increment: EMAIL_MAX_ATTEMPTS } },
  });
  return count > 0;
}
