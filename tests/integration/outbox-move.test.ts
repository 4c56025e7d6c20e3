import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { migrate } from '@/lib/db/migrate';
import { SEND_EMAIL_TASK, sendEmailJobKey } from '@/lib/email/outbox';
import { smtpTransport } from '@/lib/email/transport';
import { emailTasks, startRunners, waitFor } from '../support/job-runners';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver';

/**
 * The move from the polling outbox to the job queue: messages written before it have no job. The one-time
 * migration 20261202093000_outbox_jobs gives each waiting one its job; nothing sent or given up is sent again.
 */
const MOVE = '20261202093000_outbox_jobs';
let smtp: SmtpReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
});
afterAll(() => smtp.close());

const base = { template: 'test', subject: 'Before the move', html: '<p>Hi</p>', text: 'Hi' };
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** Runs the one-time step again, as `npm run db:migrate` does on a database that has not had it yet. */
async function runTheMove(): Promise<string[]> {
  await db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name = ${MOVE}`;
  return (await migrate(process.env.DATABASE_URL!)).applied;
}

describe('moving the outbox onto the job queue', () => {
  it('delivers every message still waiting once, and sends nothing already sent or given up', async () => {
    // Written by the old code: rows only, no jobs.
    await db.outboxMessage.createMany({
      data: [
        { ...base, id: 'old-pending', to: 'pending@example.test', nextAttemptAt: minutesAgo(5) },
        { ...base, id: 'old-retrying', to: 'retrying@example.test', attempts: 2, lastError: '451 later', nextAttemptAt: minutesAgo(1) },
        // An old instance claimed it, then died mid-send: its lease ran out.
        { ...base, id: 'old-sending', to: 'sending@example.test', status: 'SENDING', attempts: 1, lockedUntil: minutesAgo(2) },
        { ...base, id: 'old-sent', to: 'sent@example.test', status: 'SENT', attempts: 1, sentAt: minutesAgo(30) },
        { ...base, id: 'old-failed', to: 'failed@example.test', status: 'FAILED', attempts: 6, lastError: '550 no such user' },
      ],
    });
    expect(await runTheMove()).toEqual([MOVE]);
    // A second run (the job keys) does not double any job.
    expect(await runTheMove()).toEqual([MOVE]);
    const jobs = await db.$queryRaw<{ key: string; max_attempts: number }[]>`
      SELECT key, max_attempts FROM graphile_worker.jobs WHERE task_identifier = ${SEND_EMAIL_TASK} ORDER BY key`;
    expect(jobs).toEqual([
      { key: sendEmailJobKey('old-pending'), max_attempts: 6 },
      { key: sendEmailJobKey('old-retrying'), max_attempts: 4 },
      { key: sendEmailJobKey('old-sending'), max_attempts: 5 },
    ]);

    const runners = await startRunners(2, emailTasks(smtpTransport(smtp.url)));
    try {
      await waitFor('the waiting messages to be sent', async () => (await db.outboxMessage.count({ where: { status: 'SENT' } })) === 4);
    } finally {
      await runners.stop();
    }
    expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(['pending@example.test', 'retrying@example.test', 'sending@example.test']);
    const rows = await db.outboxMessage.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, status: true, attempts: true, sentAt: true },
    });
    expect(rows.map(({ id, status, attempts }) => [id, status, attempts])).toEqual([
      ['old-failed', 'FAILED', 6],
      ['old-pending', 'SENT', 1],
      ['old-retrying', 'SENT', 3],
      ['old-sending', 'SENT', 2],
      ['old-sent', 'SENT', 1],
    ]);
    expect(rows.find((r) => r.id === 'old-sent')!.sentAt!.getTime()).toBeLessThan(minutesAgo(29).getTime());
  });
});
