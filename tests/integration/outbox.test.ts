import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deliverMessage, MessageBusyError } from '@/lib/email/delivery';
import { enqueueEmail, SEND_EMAIL_TASK, sendEmailJobKey } from '@/lib/email/outbox';
import { renderEmail } from '@/lib/email/render';
import { smtpTransport } from '@/lib/email/transport';
import { retryFailedJob } from '@/lib/jobs/admin-retry';
import { enqueueJob } from '@/lib/jobs/queue';
import { queueTestEmail } from '../factories/email';
import { emailTasks, FROM, runDueJobs, startRunners, waitFor } from '../support/job-runners';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver';

let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.messages.length = 0;
  smtp.failNext(0);
  await db.outboxMessage.deleteMany();
  await db.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
});

const tasks = () => emailTasks(smtpTransport(smtp.url));
const jobs = () =>
  db.$queryRaw<{ id: string; key: string | null; attempts: number; max_attempts: number; last_error: string | null }[]>`
    SELECT id::text, key, attempts, max_attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = ${SEND_EMAIL_TASK}`;
const allSettled = async () => (await db.outboxMessage.count({ where: { status: { in: ['PENDING', 'SENDING'] } } })) === 0;

describe('the e-mail outbox, delivered by the job queue', () => {
  it('enqueues one job per message in its transaction, and delivers it over SMTP with an HTML and a plain-text part', async () => {
    const { to, subject } = await queueTestEmail(db);
    const row = await db.outboxMessage.findFirstOrThrow();
    expect(await jobs()).toMatchObject([{ key: sendEmailJobKey(row.id), attempts: 0, max_attempts: 10, last_error: null }]);

    await runDueJobs(tasks());

    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail!.to).toEqual([to]);
    expect(mail!.parsed.subject).toBe(subject);
    expect(mail!.parsed.from?.text).toContain('hello@qlclaw.test');
    expect(mail!.parsed.html).toContain('Hello &lt;there&gt; &amp; welcome');
    expect(mail!.parsed.text).toContain('Hello <there> & welcome');
    const sent = await db.outboxMessage.findFirstOrThrow({ include: { attemptLog: true } });
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect(sent.attemptLog.map((a) => a.ok)).toEqual([true]);
    expect(await jobs()).toEqual([]);
  });

  it('sends each message exactly once with three runners on one database, even when a message has two jobs', async () => {
    const recipients = new Set<string>();
    for (let i = 0; i < 40; i++) recipients.add((await queueTestEmail(db)).to);
    // A second job for every other message (as a re-enqueue while its first job runs would make): the claim decides.
    const ids = (await db.outboxMessage.findMany({ select: { id: true } })).map((m) => m.id);
    for (const id of ids.filter((_, i) => i % 2 === 0)) await enqueueJob(SEND_EMAIL_TASK, { messageId: id }, { jobKey: `again:${id}` });

    const runners = await startRunners(3, tasks());
    try {
      await waitFor('every message sent and every job done', async () => (await allSettled()) && (await jobs()).length === 0);
    } finally {
      await runners.stop();
    }
    expect(smtp.messages).toHaveLength(40);
    expect(new Set(smtp.messages.flatMap((m) => m.to))).toEqual(recipients);
    expect(await db.outboxMessage.count({ where: { status: 'SENT', attempts: 1 } })).toBe(40);
    expect(await db.outboxAttempt.count()).toBe(40);
  });

  it("retries a failed send with the queue's back-off: delivered once, on the second attempt, the error kept", async () => {
    await queueTestEmail(db);
    smtp.failNext(1);
    const runners = await startRunners(2, tasks());
    try {
      await waitFor('the retry to deliver it', allSettled, 15_000);
    } finally {
      await runners.stop();
    }
    expect(smtp.messages).toHaveLength(1);
    const row = await db.outboxMessage.findFirstOrThrow({ include: { attemptLog: { orderBy: { startedAt: 'asc' } } } });
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(row.attemptLog.map((a) => [a.ok, a.error?.match(/451/)?.[0] ?? null])).toEqual([
      [false, '451'],
      [true, null],
    ]);
    // graphile-worker waited its exponential back-off (e^1 s after the first failure) before the second attempt.
    expect(row.attemptLog[1]!.startedAt.getTime() - row.attemptLog[0]!.finishedAt.getTime()).toBeGreaterThan(2_000);
  });

  it('gives a message up after its last attempt: FAILED with the error for staff, and the job failed in the queue', async () => {
    await queueTestEmail(db);
    const row = await db.outboxMessage.findFirstOrThrow();
    // Two attempts for this one (the same job key replaces the job's settings).
    await enqueueJob(SEND_EMAIL_TASK, { messageId: row.id }, { jobKey: sendEmailJobKey(row.id), maxAttempts: 2 });
    smtp.failNext(10);
    const runners = await startRunners(1, tasks());
    try {
      await waitFor('the message to fail', async () => (await db.outboxMessage.count({ where: { status: 'FAILED' } })) === 1, 15_000);
    } finally {
      await runners.stop();
    }
    const failed = await db.outboxMessage.findFirstOrThrow({ include: { attemptLog: true } });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 2 });
    expect(failed.lastError).toMatch(/451/);
    expect(failed.attemptLog.map((a) => a.ok)).toEqual([false, false]);
    const [job] = await jobs();
    expect(job).toMatchObject({ attempts: 2, max_attempts: 2 });
    expect(job!.last_error).toMatch(/451/);
    expect(smtp.messages).toHaveLength(0);

    // Staff retry its job in /admin/jobs once the mail server is back: the message is reopened, sent once, the
    // failed attempts kept; a second click finds nothing to retry.
    smtp.failNext(0);
    await retryFailedJob(job!.id);
    await expect(retryFailedJob(job!.id)).rejects.toThrow(/no longer waiting for a retry/);
    await runDueJobs(tasks());
    expect(smtp.messages).toHaveLength(1);
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });
  });

  it('does not send again what was sent: a retried job of a SENT message sends nothing', async () => {
    await queueTestEmail(db);
    await runDueJobs(tasks());
    const row = await db.outboxMessage.findFirstOrThrow();
    // As if the job were retried after its worker died between marking SENT and completing the job.
    await enqueueJob(SEND_EMAIL_TASK, { messageId: row.id }, { jobKey: sendEmailJobKey(row.id) });
    await runDueJobs(tasks());
    expect(smtp.messages).toHaveLength(1);
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('leaves a message another sender holds, and sends it once that claim has run out (a sender that died mid-send)', async () => {
    await queueTestEmail(db);
    const { id } = await db.outboxMessage.findFirstOrThrow();
    const start = new Date();
    await db.$executeRaw`UPDATE "OutboxMessage" SET status = 'SENDING', attempts = 1, "lockedUntil" = ${new Date(start.getTime() + 60_000)}`;
    const options = { transport: smtpTransport(smtp.url), from: FROM };
    const attempt = { number: 1, max: 10 };
    await expect(deliverMessage(id, attempt, { ...options, now: () => start })).rejects.toBeInstanceOf(MessageBusyError);
    expect(smtp.messages).toHaveLength(0);
    expect(await deliverMessage(id, attempt, { ...options, now: () => new Date(start.getTime() + 61_000) })).toBe('sent');
    expect(await deliverMessage(id, attempt, options)).toBe('settled');
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
    // A fresh runner, as after a restart, delivers it.
    await runDueJobs(tasks());
    expect(smtp.messages.map((m) => m.parsed.subject)).toEqual(['Still here']);
  });

  it('writes neither the message nor its job when the transaction that queued it rolls back', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueTestEmail(tx, { to: 'never@example.test' });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await db.outboxMessage.count()).toBe(0);
    expect(await jobs()).toEqual([]);
  });

  it('queues one message and one job per dedupe key, however often it is enqueued', async () => {
    await Promise.all(Array.from({ length: 10 }, () => queueTestEmail(db, { dedupeKey: 'order-confirmation:QLC-10001' })));
    expect(await db.outboxMessage.count()).toBe(1);
    expect(await jobs()).toHaveLength(1);
  });
});
