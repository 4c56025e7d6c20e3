import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metrics } from '@/lib/observability/metrics';
import { startMetricsServer } from '@/lib/observability/metrics-server';

const TOKEN = 'worker-metrics-token-0123456789';
let server: Awaited<ReturnType<typeof startMetricsServer>>;
let base: string;

beforeAll(async () => {
  server = await startMetricsServer({ port: 0, token: TOKEN, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the worker's /metrics", () => {
  it('serves what the worker process counted, to the token only', async () => {
    metrics.jobRuns.inc({ task: 'fulfil-checkout', outcome: 'succeeded' });
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${base}/elsewhere`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('qlclaw_job_runs_total{task="fulfil-checkout",outcome="succeeded"} 1');
    expect(text).toMatch(/^qlclaw_outbox_oldest_unsent_age_seconds 0$/m);
  });
});
