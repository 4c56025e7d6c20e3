import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import type { MailTransport } from './transport';

/**
 * Delivers due outbox messages; the outbox-delivery background job
 * (lib/jobs) runs a pass every few seconds. A message is claimed by moving it to SENDING
 * with a lease (`lockedUntil`) in one statement that skips rows another
 * worker has locked, so two workers never claim the same message. A worker
 * that dies mid-send leaves the lease to expire and the message is retried.
 */
export interface DeliveryOptions {
  transport: MailTransport;
  from: string;
  now?: () => Date;
  batchSize?: number;
  leaseMs?: number;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

interface ClaimedRow {
  id: string;
  to: string;
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  attempts: number;
  maxAttempts: number;
  messageId: string | null;
  inReplyTo: string | null;
  references: string | null;
}

/** 30 s, 1 min, 2 min, … capped at an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

export async function deliverDueMessages(options: DeliveryOptions, client: DbOrTx = db): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const claimedAt = now();
  const leaseUntil = new Date(claimedAt.getTime() + (options.leaseMs ?? 60_000));
  const claimed = await client.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" AS m
       SET status = 'SENDING', "lockedUntil" = ${leaseUntil}, attempts = m.attempts + 1, "updatedAt" = ${claimedAt}
     WHERE m.id IN (
       SELECT id FROM "OutboxMessage"
        WHERE (status = 'PENDING' AND "nextAttemptAt" <= ${claimedAt})
           OR (status = 'SENDING' AND "lockedUntil" < ${claimedAt})
        ORDER BY "nextAttemptAt"
        LIMIT ${options.batchSize ?? 20}
        FOR UPDATE SKIP LOCKED)
    RETURNING m.id, m."to", m."replyTo", m.subject, m.html, m.text, m.attempts, m."maxAttempts",
              m."messageId", m."inReplyTo", m."references"`;

  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (const message of claimed) {
    const startedAt = now();
    try {
      await options.transport.send({ ...message, from: options.from });
      await settle(message, { ok: true, startedAt, finishedAt: now() }, client);
      report.sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = message.attempts >= message.maxAttempts;
      await settle(message, { ok: false, startedAt, finishedAt: now(), error: reason, giveUp }, client);
      if (giveUp) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

async function settle(
  message: ClaimedRow,
  outcome: { ok: boolean; startedAt: Date; finishedAt: Date; error?: string; giveUp?: boolean },
  client: DbOrTx,
): Promise<void> {
  const { ok, startedAt, finishedAt, error } = outcome;
  // Only the holder of this attempt's lease may settle it.
  const mine = { id: message.id, status: 'SENDING' as const, attempts: message.attempts };
  const data = ok
    ? { status: 'SENT' as const, sentAt: finishedAt, lockedUntil: null, lastError: null }
    : outcome.giveUp
      ? { status: 'FAILED' as const, lockedUntil: null, lastError: error }
      : {
          status: 'PENDING' as const,
          lockedUntil: null,
          lastError: error,
          nextAttemptAt: new Date(finishedAt.getTime() + retryDelayMs(message.attempts)),
        };
  await client.outboxMessage.updateMany({ where: mine, data });
  await client.outboxAttempt.create({ data: { messageId: message.id, startedAt, finishedAt, ok, error: error ?? null } });
}
