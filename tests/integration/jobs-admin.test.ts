import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { retryJobAction } from '@/lib/jobs/admin-actions';
import { listJobHeartbeats } from '@/lib/jobs/admin-heartbeats';
import { jobQueueInstalled, listFailedJobs, queueDepth } from '@/lib/jobs/admin-queries';
import { formData } from '../support/form-data';
import { drainJobs, failedJob, installJobQueue, queuedJobs } from '../support/job-queue';
import * as cache from '../support/next-cache';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

beforeAll(installJobQueue);
beforeEach(async () => {
  await db.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
  actAs('admin');
});

describe('failed jobs for staff', () => {
  it('lists jobs out of attempts apart from those the queue will retry, with their errors, and counts the queue', async () => {
    expect(await jobQueueInstalled()).toBe(true);
    const gone = await failedJob('send-email', 'Error: 550 mailbox unavailable', { permanent: true });
    const retrying = await failedJob('fulfil-payment', 'StripeConnectionError: timed out', { key: 'evt_1' });
    await db.$executeRaw`SELECT graphile_worker.add_job('send-email', '{}'::json)`;
    await db.$executeRaw`SELECT graphile_worker.add_job('send-email', '{}'::json, run_at => now() + interval '1 day')`;

    const failed = await listFailedJobs();
    expect(failed.permanent).toEqual([
      expect.objectContaining({ id: gone, task: 'send-email', attempts: 3, maxAttempts: 3, lastError: 'Error: 550 mailbox unavailable' }),
    ]);
    expect(failed.retrying).toEqual([expect.objectContaining({ id: retrying, task: 'fulfil-payment', attempts: 1, permanent: false })]);
    expect(failed).toMatchObject({ permanentTotal: 1, retryingTotal: 1 });
    // Due now: the fresh job. Later: the one backing off and the one scheduled tomorrow.
    expect(await queueDepth(new Date())).toEqual({ ready: 1, scheduled: 2, running: 0, retrying: 1, permanentlyFailed: 1 });
  });

  it('lets an admin retry a job that used all its attempts: it runs again at once, and a worker completes it', async () => {
    const id = await failedJob('flaky', 'Error: the first time it broke', { permanent: true });
    cache.revalidatePath.mockClear();

    const result = await retryJobAction({ ok: true }, formData({ id }));
    expect(result).toMatchObject({ ok: true, message: `Job ${id} (flaky) is queued to run again now.` });
    expect(cache.revalidatePath).toHaveBeenCalledWith('/admin/jobs');
    expect(await queuedJobs()).toMatchObject([{ id, attempts: 0 }]);
    expect((await listFailedJobs()).permanent).toEqual([]);

    const ran: unknown[] = [];
    await drainJobs({ flaky: async (payload) => void ran.push(payload) });
    expect(ran).toHaveLength(1);
    expect(await queuedJobs()).toEqual([]);
    // The job is gone: retrying it again says so.
    expect(await retryJobAction({ ok: true }, formData({ id }))).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('refuses to retry a job that has not failed, and refuses support agents and bad ids', async () => {
    await db.$executeRaw`SELECT graphile_worker.add_job('send-email', '{}'::json, run_at => now() + interval '1 day')`;
    const [pending] = await queuedJobs();
    expect(await retryJobAction({ ok: true }, formData({ id: pending!.id }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await retryJobAction({ ok: true }, formData({ id: 'DROP TABLE' }))).toMatchObject({ ok: false, code: 'UNPROCESSABLE' });

    const failed = await failedJob('send-email', 'Error: boom', { permanent: true });
    actAs('support');
    expect(await retryJobAction({ ok: true }, formData({ id: failed }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await listFailedJobs()).permanent).toHaveLength(1);
  });
});

describe('scheduled jobs heartbeats', () => {
  it('flags a job whose last run is older than three intervals as not running, and shows failing and missing ones', async () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await db.jobHeartbeat.createMany({
      data: [
        { name: 'outbox-delivery', runs: 900, lastStartedAt: ago(3_000), lastFinishedAt: ago(2_900) },
        { name: 'checkout-sweep', runs: 12, lastStartedAt: ago(3 * 60_000 + 1), lastFinishedAt: ago(3 * 60_000) },
        { name: 'return-sweep', runs: 4, lastStartedAt: ago(60_000), lastFinishedAt: ago(59_000), lastError: 'Error: connection reset' },
        { name: 'retired-job', runs: 1, lastStartedAt: ago(86_400_000), lastFinishedAt: ago(86_400_000) },
      ],
    });
    const schedule = [
      { name: 'outbox-delivery', everyMs: 2_000 },
      { name: 'checkout-sweep', everyMs: 60_000 },
      { name: 'return-sweep', everyMs: 600_000 },
      { name: 'ticket-auto-close', everyMs: 600_000 },
    ];
    const beats = await listJobHeartbeats(schedule, now);
    expect(beats.map((b) => [b.name, b.state, b.runs])).toEqual([
      ['outbox-delivery', 'ok', 900],
      ['checkout-sweep', 'not-running', 12],
      ['return-sweep', 'failing', 4],
      ['ticket-auto-close', 'never-run', 0],
      ['retired-job', 'ok', 1],
    ]);
    expect(beats[2]).toMatchObject({ lastError: 'Error: connection reset', everyMs: 600_000 });
    expect(beats[4]).toMatchObject({ everyMs: null });
  });
});
