import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, db } from '@/lib/db';
import { enqueueEmail } from '@/lib/email/outbox';
import { smtpTransport } from '@/lib/email/transport';
import { deliverDueMessages, retryDelayMs } from '@/lib/email/delivery';
import { renderEmail } from '@/lib/email/render';
import { queueTestEmail } from '../factories/email';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver';

let smtp: SmtpReceiver;
const FROM = 'QL Claw <hello@qlclaw.test>';

beforeAll(async () => {
  smtp = await startSmtpReceiver();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.messages.length = 0;
  await db.outboxMessage.deleteMany();
});

const deliver = ({ client, ...options }: { now?: () => Date; client?: typeof db } = {}) =>
  deliverDueMessages({ transport: smtpTransport(smtp.url), from: FROM, ...options }, client);

describe('the e-mail outbox', () => {
  it('delivers a queued message over SMTP with an HTML and a plain-text part', async () => {
    const { to, subject } = await queueTestEmail(db);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail!.to).toEqual([to]);
    expect(mail!.parsed.subject).toBe(subject);
    expect(mail!.parsed.from?.text).toContain('hello@qlclaw.test');
    expect(mail!.parsed.html).toContain('Hello &lt;there&gt; &amp; welcome');
    expect(mail!.parsed.text).toContain('Hello <there> & welcome');
    const row = await db.outboxMessage.findFirstOrThrow({ include: { attemptLog: true } });
    expect(row.status).toBe('SENT');
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.attemptLog).toHaveLength(1);
    expect(row.attemptLog[0]!.ok).toBe(true);
  });

  it('sends each message exactly once when two workers (two app instances) race', async () => {
    const recipients = new Set<string>();
    for (let i = 0; i < 40; i++) recipients.add((await queueTestEmail(db)).to);
    const other = createDb(process.env.DATABASE_URL!, 4);
    try {
      const rounds = await Promise.all([deliver(), deliver({ client: other }), deliver(), deliver({ client: other })]);
      const again = await Promise.all([deliver(), deliver({ client: other })]);
      const sent = [...rounds, ...again].reduce((n, r) => n + r.sent, 0);
      expect(sent).toBe(40);
    } finally {
      await other.$disconnect();
    }
    expect(smtp.messages).toHaveLength(40);
    expect(new Set(smtp.messages.flatMap((m) => m.to))).toEqual(recipients);
    expect(await db.outboxMessage.count({ where: { status: 'SENT', attempts: 1 } })).toBe(40);
  });

  it('retries a failed send with back-off and finally marks it failed, keeping the error', async () => {
    // Both sides on one clock: the row is queued and delivered at the fixed time.
    let clock = new Date('2026-11-22T10:00:00Z');
    await queueTestEmail(db, { now: clock });
    await db.outboxMessage.updateMany({ data: { maxAttempts: 3 } });
    smtp.failNext(10);
    const now = () => clock;

    expect(await deliver({ now })).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await db.outboxMessage.findFirstOrThrow();
    expect(row.status).toBe('PENDING');
    expect(row.lastError).toMatch(/451/);
    expect(row.nextAttemptAt.getTime()).toBe(clock.getTime() + retryDelayMs(1));

    expect(await deliver({ now })).toEqual({ sent: 0, retried: 0, failed: 0 });

    clock = new Date(row.nextAttemptAt.getTime() + 1);
    expect(await deliver({ now })).toEqual({ sent: 0, retried: 1, failed: 0 });
    row = await db.outboxMessage.findFirstOrThrow();
    expect(row.nextAttemptAt.getTime()).toBe(clock.getTime() + retryDelayMs(2));

    clock = new Date(row.nextAttemptAt.getTime() + 1);
    expect(await deliver({ now })).toEqual({ sent: 0, retried: 0, failed: 1 });
    const failed = await db.outboxMessage.findFirstOrThrow({ include: { attemptLog: { orderBy: { startedAt: 'asc' } } } });
    expect(failed.status).toBe('FAILED');
    expect(failed.lastError).toMatch(/451/);
    expect(failed.attemptLog.map((a) => a.ok)).toEqual([false, false, false]);
    expect(failed.attemptLog.every((a) => a.error?.includes('451'))).toBe(true);
    expect(smtp.messages).toHaveLength(0);
  });

  it('recovers from a transient failure on the next attempt', async () => {
    await queueTestEmail(db);
    smtp.failNext(1);
    const clock = new Date();
    await deliver({ now: () => clock });
    const later = new Date(clock.getTime() + retryDelayMs(1) + 1);
    expect(await deliver({ now: () => later })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('loses nothing when the process dies between committing and sending', async () => {
    // The state change and its e-mail commit together; then "the process dies": no worker runs.
    await db.$transaction(async (tx) => {
      await tx.productVariant.deleteMany({ where: { sku: 'GONE' } });
      await enqueueEmail(tx, {
        to: 'survivor@example.test',
        template: 'test',
        email: renderEmail({ subject: 'Still here', preheader: '', blocks: [] }),
      });
    });
    // A fresh worker, as after a restart, delivers it.
    await deliver();
    expect(smtp.messages.map((m) => m.parsed.subject)).toEqual(['Still here']);
  });

  it('re-sends a message whose worker died mid-send, once its lease has expired', async () => {
    await queueTestEmail(db);
    const start = new Date();
    // A worker claims it and dies before sending: the row stays SENDING with a lease.
    await db.$executeRaw`UPDATE "OutboxMessage" SET status = 'SENDING', attempts = 1, "lockedUntil" = ${new Date(start.getTime() + 60_000)}`;
    expect(await deliver({ now: () => start })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliver({ now: () => new Date(start.getTime() + 61_000) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('writes nothing when the transaction that queued the e-mail rolls back', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueTestEmail(tx, { to: 'never@example.test' });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it('queues one message per dedupe key, however often it is enqueued', async () => {
    await Promise.all(Array.from({ length: 10 }, () => queueTestEmail(db, { dedupeKey: 'order-confirmation:QLC-10001' })));
    expect(await db.outboxMessage.count()).toBe(1);
  });
});
