import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/health/route';
import { createDb, db } from '@/lib/db';
import type { HealthCheck } from '@/lib/health/checks';
import { databaseStatus, scheduledJobsStatus } from '@/lib/health/queries';
import { healthResponse } from '@/lib/health/response';
import { log } from '@/lib/observability/log';

const NOW = new Date('2031-03-01T12:00:00Z');
const dead = createDb('postgresql://postgres:postgres@127.0.0.1:1/qlclaw', 1);
// The first query opens the pool, which on a busy machine can take longer than a health check may wait.
beforeAll(() => db.$queryRaw`SELECT 1`);
afterAll(() => dead.$disconnect());
afterEach(() => vi.restoreAllMocks());

const up = (name: HealthCheck['name'], required: boolean): HealthCheck => ({ name, required, check: async () => ({ ok: true }) });
const down = (name: HealthCheck['name'], required: boolean): HealthCheck => ({
  name,
  required,
  check: async () => {
    throw new Error('connect ECONNREFUSED 10.0.0.7:6379 (password=hunter2)');
  },
});

describe('GET /api/health', () => {
  it('reports healthy with 200 when PostgreSQL answers and no scheduled job is overdue', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', degraded: false, checks: { database: { ok: true }, jobs: { ok: true } } });
  });

  it('names a dead database with a bare 503, and keeps the driver error for the log', async () => {
    const errors = vi.spyOn(log, 'error').mockImplementation(() => {});
    const response = await healthResponse([{ name: 'database', required: true, check: () => databaseStatus(dead) }, up('jobs', false)]);
    expect(response.status).toBe(503);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: 'unhealthy', degraded: false, checks: { database: { ok: false }, jobs: { ok: true } } });
    expect(body).not.toMatch(/unreachable|127\.0\.0\.1|ECONNREFUSED|postgres/i);
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ dependency: 'database', err: expect.any(Error) }),
      'health check: database is down',
    );
  });

  it('stays 200 but degraded when only the cache is down (pages are still served), and 503 when storage is', async () => {
    vi.spyOn(log, 'error').mockImplementation(() => {});
    const cacheDown = await healthResponse([up('database', true), down('cache', false)]);
    expect(cacheDown.status).toBe(200);
    const body = await cacheDown.text();
    expect(JSON.parse(body)).toEqual({ status: 'degraded', degraded: true, checks: { database: { ok: true }, cache: { ok: false } } });
    expect(body).not.toMatch(/ECONNREFUSED|hunter2|6379/);

    const storageDown = await healthResponse([up('database', true), up('cache', false), down('storage', true)]);
    expect(storageDown.status).toBe(503);
    expect(await storageDown.json()).toMatchObject({ status: 'unhealthy', checks: { storage: { ok: false }, cache: { ok: true } } });
  });

  it('gives up on a dependency that does not answer within the time allowed', async () => {
    vi.spyOn(log, 'error').mockImplementation(() => {});
    const hanging: HealthCheck = { name: 'cache', required: false, check: () => new Promise(() => {}) };
    const started = Date.now();
    const { checkHealth } = await import('@/lib/health/response');
    expect(await checkHealth([hanging], 50)).toMatchObject({ status: 'degraded', checks: { cache: { ok: false } } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('the scheduled jobs check', () => {
  const overdueAfterMs = () => 30 * 60_000;

  it('says a job is overdue once its last run started longer ago than it is allowed, and names it for the log', async () => {
    await db.jobHeartbeat.createMany({
      data: [
        { name: 'checkout-sweep', runs: 3, lastStartedAt: new Date(NOW.getTime() - 5 * 60_000) },
        { name: 'return-sweep', runs: 9, lastStartedAt: new Date(NOW.getTime() - 31 * 60_000) },
      ],
    });
    try {
      expect(await scheduledJobsStatus({ now: NOW, overdueAfterMs })).toEqual({ ok: false, detail: 'overdue: return-sweep' });
      await db.jobHeartbeat.update({ where: { name: 'return-sweep' }, data: { lastStartedAt: new Date(NOW.getTime() - 60_000) } });
      expect(await scheduledJobsStatus({ now: NOW, overdueAfterMs })).toEqual({ ok: true });
    } finally {
      await db.jobHeartbeat.deleteMany();
    }
  });

  it('counts overdue jobs as degraded, not down: the web instances keep serving while the worker is mended', async () => {
    vi.spyOn(log, 'error').mockImplementation(() => {});
    const jobs: HealthCheck = { name: 'jobs', required: false, check: async () => ({ ok: false, detail: 'overdue: return-sweep' }) };
    const response = await healthResponse([up('database', true), jobs]);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'degraded', degraded: true, checks: { jobs: { ok: false } } });
  });
});
