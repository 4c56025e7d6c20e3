import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import type { MailTransport } from './transport';

/**
 * Sends one outbox message: the body of its `send-email` job (lib/jobs/tasks.ts), which the job queue runs,
 * retries with back-off and gives up on. The queue runs a job on one worker at a time; the claim below keeps a
 * message from being sent twice even so (two jobs for one message, a retry while an old instance's poller still
 * holds it, a job retried after its worker died):
 *   - claiming moves the row to SENDING with a lease (`lockedUntil`) in one conditional UPDATE, so of two
 *     claimants exactly one wins; a row already SENT or FAILED is never claimed again;
 *   - a row another sender holds (its lease running) makes the job fail with MessageBusyError, and the queue
 *     retries it later, when the row is SENT (nothing to do) or its lease has run out (it is sent);
 *   - only the holder of a claim settles it (status SENDING and the attempt number it claimed).
 * What is left is at-least-once: a worker that dies after the SMTP server accepted the message but before SENT
 * commits leaves the claim to expire, and the retry sends it again, with the same Message-ID, so the receiving
 * side can drop the copy.
 */
export interface DeliveryOptions {
  transport: MailTransport;
  from: string;
  now?: () => Date;
  /** How long a claim holds off other senders; longer than a send can take (the SMTP timeouts add up to 45 s). */
  leaseMs?: number;
}

/** The job's try, as the queue counts it (1 on the first run): the last one gives up, marking the message FAILED. */
export interface DeliveryAttempt {
  number: number;
  max: number;
}

/** sent; settled: it was SENT or FAILED already (a duplicate or late job); missing: no such message. */
export type DeliveryResult = 'sent' | 'settled' | 'missing';

export class MessageBusyError extends Error {
  constructor(id: string, until: Date) {
    super(`outbox message ${id} is being sent by another worker (claimed until ${until.toISOString()}); trying again later`);
    this.name = 'MessageBusyError';
  }
}

interface ClaimedRow {
  id: string;
  to: string;
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  attempts: number;
  messageId: string | null;
  inReplyTo: string | null;
  references: string | null;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;

export async function deliverMessage(
  id: string,
  attempt: DeliveryAttempt,
  options: DeliveryOptions,
  client: DbOrTx = db,
): Promise<DeliveryResult> {
  const now = options.now ?? (() => new Date());
  const claimedAt = now();
  const leaseUntil = new Date(claimedAt.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
  const [message] = await client.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" AS m
       SET status = 'SENDING', "lockedUntil" = ${leaseUntil}, attempts = m.attempts + 1, "updatedAt" = ${claimedAt}
     WHERE m.id = ${id}
       AND (m.status = 'PENDING' OR (m.status = 'SENDING' AND m."lockedUntil" < ${claimedAt}))
    RETURNING m.id, m."to", m."replyTo", m.subject, m.html, m.text, m.attempts, m."messageId", m."inReplyTo", m."references"`;
  if (!message) return notClaimed(id, client);

  const startedAt = now();
  try {
    await options.transport.send({ ...message, from: options.from });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const giveUp = attempt.number >= attempt.max;
    await settle(message, { ok: false, startedAt, finishedAt: now(), error: reason, giveUp }, client);
    // Thrown on, so the queue schedules the next try (or records the job as failed, when this was the last).
    throw error;
  }
  await settle(message, { ok: true, startedAt, finishedAt: now() }, client);
  return 'sent';
}

async function notClaimed(id: string, client: DbOrTx): Promise<DeliveryResult> {
  const row = await client.outboxMessage.findUnique({ where: { id }, select: { status: true, lockedUntil: true } });
  if (!row) return 'missing';
  if (row.status === 'SENDING') throw new MessageBusyError(id, row.lockedUntil ?? new Date(0));
  return 'settled';
}

async function settle(
  message: ClaimedRow,
  outcome: { ok: boolean; startedAt: Date; finishedAt: Date; error?: string; giveUp?: boolean },
  client: DbOrTx,
): Promise<void> {
  const { ok, startedAt, finishedAt, error } = outcome;
  // Only the holder of this attempt's claim may settle it.
  const mine = { id: message.id, status: 'SENDING' as const, attempts: message.attempts };
  const data = ok
    ? { status: 'SENT' as const, sentAt: finishedAt, lockedUntil: null, lastError: null }
    : { status: outcome.giveUp ? ('FAILED' as const) : ('PENDING' as const), lockedUntil: null, lastError: error };
  await client.outboxMessage.updateMany({ where: mine, data });
  await client.outboxAttempt.create({ data: { messageId: message.id, startedAt, finishedAt, ok, error: error ?? null } });
}
