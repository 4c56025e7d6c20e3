import 'server-only';
import { Gauge, register } from 'prom-client';
import { db, type DbOrTx } from '@/lib/db';

/**
 * Gauges read from the database when Prometheus scrapes (/api/metrics), so every instance reports the same cluster-wide
 * figures and nothing runs between scrapes. A figure that cannot be read (the job queue's schema is not installed yet,
 * the database is down) is reported as NaN, never as a reassuring 0.
 */
function gauge<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
  return (register.getSingleMetric(name) as Gauge<L> | undefined) ?? new Gauge({ name, help, labelNames });
}

export const scrapeGauges = {
  queueDepth: gauge('qlclaw_job_queue_depth', 'Jobs in the PostgreSQL job queue that are waiting, running or retrying'),
  queueFailed: gauge('qlclaw_job_queue_failed', 'Jobs in the PostgreSQL job queue that used up their attempts (retry them in /admin)'),
  outboxAge: gauge('qlclaw_outbox_oldest_unsent_age_seconds', 'Age of the oldest e-mail in the outbox that is not sent yet (0: none)'),
  jobLastRunAge: gauge('qlclaw_job_last_run_age_seconds', 'Seconds since each scheduled job last finished a run (JobHeartbeat)', ['job']),
};

export async function updateScrapeGauges(now: Date, client: DbOrTx = db): Promise<void> {
  await Promise.all([readQueue(client), readOutbox(now, client), readHeartbeats(now, client)]);
}

async function readQueue(client: DbOrTx): Promise<void> {
  const { queueDepth, queueFailed } = scrapeGauges;
  try {
    const [installed] = await client.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('graphile_worker.jobs') IS NOT NULL AS present`;
    if (!installed?.present) return unknown(queueDepth, queueFailed);
    const [counts] = await client.$queryRaw<{ depth: number; failed: number }[]>`
      SELECT count(*) FILTER (WHERE attempts < max_attempts)::int AS depth, count(*) FILTER (WHERE attempts >= max_attempts)::int AS failed
        FROM graphile_worker.jobs`;
    queueDepth.set(counts?.depth ?? 0);
    queueFailed.set(counts?.failed ?? 0);
  } catch {
    unknown(queueDepth, queueFailed);
  }
}

async function readOutbox(now: Date, client: DbOrTx): Promise<void> {
  try {
    const oldest = await client.outboxMessage.findFirst({
      where: { status: { in: ['PENDING', 'SENDING'] } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    });
    scrapeGauges.outboxAge.set(oldest ? secondsBetween(oldest.createdAt, now) : 0);
  } catch {
    unknown(scrapeGauges.outboxAge);
  }
}

async function readHeartbeats(now: Date, client: DbOrTx): Promise<void> {
  const { jobLastRunAge } = scrapeGauges;
  try {
    const beats = await client.jobHeartbeat.findMany({ select: { name: true, lastStartedAt: true, lastFinishedAt: true } });
    jobLastRunAge.reset();
    for (const beat of beats) {
      // A job that started but never finished (killed, or still stuck in its first run) counts from its start.
      const last = beat.lastFinishedAt ?? beat.lastStartedAt;
      if (last) jobLastRunAge.set({ job: beat.name }, secondsBetween(last, now));
    }
  } catch {
    jobLastRunAge.reset();
  }
}

function unknown(...gauges: Gauge[]): void {
  for (const g of gauges) g.set(Number.NaN);
}

function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
}
