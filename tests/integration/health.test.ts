import { afterAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/health/route';
import { createDb } from '@/lib/db';
import { checkHealth } from '@/lib/health/queries';
import { healthResponse } from '@/lib/health/response';

describe('GET /api/health', () => {
  it('reports healthy with 200 when PostgreSQL answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', checks: { database: { ok: true } } });
  });

  const dead = createDb('postgresql://postgres:postgres@127.0.0.1:1/qlclaw', 1);
  afterAll(() => dead.$disconnect());

  it('reports a dead database as unhealthy with a message that says so', async () => {
    const report = await checkHealth({}, dead);
    expect(report.status).toBe('unhealthy');
    expect(report.checks.database.ok).toBe(false);
    expect(report.checks.database.error).toMatch(/^database unreachable: .+/);
  });

  it('answers the public with a bare 503 and keeps the database error for the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await healthResponse(dead);
      expect(response.status).toBe(503);
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ status: 'unhealthy', checks: { database: { ok: false } } });
      expect(body).not.toMatch(/unreachable|127\.0\.0\.1|ECONNREFUSED|postgres/i);
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/^\[health\] database unreachable: .+/));
    } finally {
      log.mockRestore();
    }
  });
});
