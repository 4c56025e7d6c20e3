import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { keepIntervalJob } from '@/lib/jobs/compile';
import type { StoreTasks } from '@/lib/jobs/define';
import { listJobHeartbeats } from '@/lib/jobs/queries';
import { enqueueJob } from '@/lib/jobs/queue';
import { metrics } from '@/lib/observability/metrics';
import pg, { type PoolClient } from 'pg';
import { startRunners, waitFor } from '../support/job-runners';

/**
 * Scheduled jobs across a cluster: two runners on one database, as two instances would be. graphile-worker's
 * cron follows the real clock at minute resolution; to see several minutes in a second, the cron test lets the
 * runners backfill the last three minutes at start, which schedules through the same once-per-minute-per-cluster
 * statement as a live tick. Nothing depends on the date: the item matches every minute.
 */
beforeEach(async () => {
  await db.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
  await db.$executeRaw`DELETE FROM graphile_worker._private_known_crontabs`;
  await db.jobHeartbeat.deleteMany();
});

const jobsOf = (task: string) =>
  db.$queryRaw<{ attempts: number; max_attempts: number; last_error: string | null; locked_at: Date | null }[]>`
    SELECT attempts, max_attempts, last_error, locked_at FROM graphile_worker.jobs WHERE task_identifier = ${task}`;
const runsOf = async (name: string) => (await listJobHeartbeats()).find((h) => h.name === name)?.runs ?? 0;
const counted = async (task: string, outcome: 'ok' | 'failed') =>
  (await metrics.jobRuns.get()).values.find((v) => v.labels.task === task && v.labels.outcome === outcome)?.value ?? 0;

describe('scheduled jobs', () => {
  it('runs a cron job once per matching minute across the cluster, however many runners race for it', async () => {
    const ticks: string[] = [];
    const tasks: StoreTasks = {
      'test-tick': {
        cron: '* * * * *',
        backfillMinutes: 3,
        run: async (payload) => void ticks.push((payload as { _cron: { ts: string } })._cron.ts),
      },
    };
    // Known for an hour, so graphile-worker backfills it (it backfills only what it already knew).
    await db.$executeRaw`INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since) VALUES ('test-tick', now() - interval '1 hour')`;

    const runners = await startRunners(2, tasks);
    try {
      await waitFor(
        'three minutes backfilled and run',
        async () => (await runsOf('test-tick')) >= 3 && (await jobsOf('test-tick')).length === 0,
      );
    } finally {
      await runners.stop();
    }
    // Three minutes before start (a fourth if a minute began while the test ran), each run once, not once per runner.
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const ts of ticks) expect(new Date(ts).getUTCSeconds()).toBe(0);
    expect(await runsOf('test-tick')).toBe(ticks.length);
    expect(await counted('test-tick', 'ok')).toBe(ticks.length);
  });

  it('runs an interval job once per interval across the cluster, not once per runner', async () => {
    const runs: number[] = [];
    const tasks: StoreTasks = { 'test-interval': { everySeconds: 1, run: async () => void runs.push(Date.now()) } };
    const runners = await startRunners(2, tasks);
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    await runners.stop();

    // Two runners each on its own timer would have run it about 8 times; one chain runs it 4 or 5 times (fewer on a
    // loaded machine), never two within a second.
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(6);
    const gaps = runs.slice(1).map((at, i) => at - runs[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThan(900);
    expect(await runsOf('test-interval')).toBe(runs.length);
  });

  it('records a failed sweep in its heartbeat and the metrics, and leaves the failed job for staff, without retrying it', async () => {
    const tasks: StoreTasks = {
      'test-failing': {
        cron: '* * * * *',
        backfillMinutes: 1,
        run: async () => {
          throw new Error('the provider is away');
        },
      },
    };
    await db.$executeRaw`INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since) VALUES ('test-failing', now() - interval '1 hour')`;
    const before = await counted('test-failing', 'failed');
    const runners = await startRunners(1, tasks);
    try {
      await waitFor('the run to fail', async () => (await runsOf('test-failing')) >= 1);
      await waitFor('the job to be released', async () => (await jobsOf('test-failing')).every((job) => job.locked_at === null));
    } finally {
      await runners.stop();
    }
    // One run (two if a minute began while the test ran), each tried once and kept as a failed job.
    const failed = await jobsOf('test-failing');
    expect(failed.length).toBeGreaterThanOrEqual(1);
    for (const job of failed) {
      expect(job).toEqual({ attempts: 1, max_attempts: 1, last_error: expect.stringContaining('the provider is away'), locked_at: null });
    }
    const [heartbeat] = await listJobHeartbeats();
    expect(heartbeat).toMatchObject({ name: 'test-failing', runs: failed.length, lastError: 'the provider is away' });
    expect(heartbeat!.lastFinishedAt!.getTime()).toBeGreaterThanOrEqual(heartbeat!.lastStartedAt!.getTime());
    expect((await counted('test-failing', 'failed')) - before).toBe(failed.length);
  });

  it('enqueues a job for the time, attempts and key it is given, replacing a waiting job with the same key', async () => {
    const at = new Date(Date.now() + 3_600_000);
    await enqueueJob('test-later', { n: 1 }, { runAt: at, maxAttempts: 3, jobKey: 'later' });
    await enqueueJob('test-later', { n: 2 }, { runAt: at, maxAttempts: 3, jobKey: 'later' });
    const rows = await db.$queryRaw<{ run_at: Date; max_attempts: number; key: string }[]>`
      SELECT run_at, max_attempts, key FROM graphile_worker.jobs WHERE task_identifier = 'test-later'`;
    expect(rows).toEqual([{ run_at: at, max_attempts: 3, key: 'later' }]);
  });

  it('revives an interval chain that broke, and leaves a live one alone', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const pool = client as unknown as PoolClient;
    try {
      expect(await keepIntervalJob(pool, 'test-chain')).toBe(true);
      expect(await keepIntervalJob(pool, 'test-chain')).toBe(false);
      // Its worker died holding it long ago: the chain is dead, and a new job takes the key.
      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now() - interval '1 hour', locked_by = 'gone', attempts = 1`;
      expect(await keepIntervalJob(pool, 'test-chain')).toBe(true);
      expect((await jobsOf('test-chain')).filter((job) => job.locked_at === null)).toHaveLength(1);
      // Its last run failed and did not reschedule (attempts used up): revived; the failed job stays for staff.
      await db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE locked_at IS NOT NULL`;
      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = max_attempts, last_error = 'it broke'`;
      expect(await keepIntervalJob(pool, 'test-chain')).toBe(true);
      expect(await jobsOf('test-chain')).toEqual(
        expect.arrayContaining([
          { attempts: 1, max_attempts: 1, last_error: 'it broke', locked_at: null },
          { attempts: 0, max_attempts: 1, last_error: null, locked_at: null },
        ]),
      );
      expect(await keepIntervalJob(pool, 'test-chain')).toBe(false);
    } finally {
      await client.end();
    }
  });
});
