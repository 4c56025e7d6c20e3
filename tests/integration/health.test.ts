import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { createDb } from '@/lib/db';
import { checkHealth } from '@/lib/health/queries';

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
});
