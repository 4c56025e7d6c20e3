import { runMigrations } from 'graphile-worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { reconcileCheckout } from '@/lib/checkout/fulfil';
import { startCheckout } from '@/lib/checkout/service';
import { payTestSession, testProvider } from '@/lib/checkout/test-provider';
import { db } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/queue';
import { metricsResponse } from '@/lib/observability/metrics-endpoint';
import { refundReturn } from '@/lib/returns/refunds';
import { seed } from '@/prisma/seed';
import { cartWith, setStock } from '../factories/cart';
import { RETURN_DEPS, returnAt } from '../factories/returns';

const APP_URL = 'http://localhost:3000';
const TOKEN = 'metrics-token-for-tests-0123456789';
const NOW = new Date('2031-03-01T12:00:00Z');
const provider = () => testProvider(APP_URL);

beforeAll(async () => {
  await seed(db);
  await setStock('QLC-1', 100);
});

function scrape(authorization?: string, { token }: { token: string | undefined } = { token: TOKEN }) {
  const headers = authorization ? { authorization } : undefined;
  return metricsResponse(new Request('http://localhost/api/metrics', { headers }), { token, now: NOW });
}

async function metricsText(): Promise<string> {
  const response = await scrape(`Bearer ${TOKEN}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one series in Prometheus's text format, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function payOneOrder(): Promise<void> {
  const cartId = await cartWith([{ sku: 'QLC-1', quantity: 1 }]);
  const { url } = await startCheckout({ cartId, email: null, userId: null }, { provider: provider(), appUrl: APP_URL, sessionMinutes: 30 });
  const sessionId = url.split('/').pop()!;
  const shipping = { name: 'Sam', address: { line1: '2 Main St', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' } };
  await payTestSession(sessionId, { email: 'sam@example.test', shipping, shippingRate: 'standard', cardNumber: '4242424242424242' });
  expect((await reconcileCheckout(sessionId, { provider: provider(), appUrl: APP_URL })).outcome).toBe('fulfilled');
  expect((await reconcileCheckout(sessionId, { provider: provider(), appUrl: APP_URL })).outcome).toBe('already-fulfilled');
}

describe('GET /api/metrics: who may scrape', () => {
  it('is not there at all (404) while METRICS_TOKEN is unset', async () => {
    expect((await scrape(`Bearer ${TOKEN}`, { token: undefined })).status).toBe(404);
  });

  it('refuses a missing, wrong, truncated or longer token with 401, and the right one gets the metrics', async () => {
    for (const header of [undefined, 'Bearer nope', `Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN]) {
      const response = await scrape(header);
      expect(response.status, String(header)).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.text()).not.toMatch(/qlclaw_/);
    }
    expect(await metricsText()).toMatch(/^process_cpu_user_seconds_total /m);
  });
});

describe('GET /api/metrics: what it counts', () => {
  it('counts a paid order once, however often its payment is reconciled', async () => {
    const before = sample(await metricsText(), 'qlclaw_orders_paid_total') ?? 0;
    await payOneOrder();
    expect(sample(await metricsText(), 'qlclaw_orders_paid_total')).toBe(before + 1);
  });

  it('counts a refund and the money refunded, by currency, once even when staff click twice', async () => {
    const ret = await returnAt('RECEIVED');
    await refundReturn(ret.id, 'staff@example.test', { ...RETURN_DEPS, provider: provider() });
    await refundReturn(ret.id, 'staff@example.test', { ...RETURN_DEPS, provider: provider() });
    const refund = await db.refund.findFirstOrThrow({ where: { returnId: ret.id } });
    const text = await metricsText();
    expect(sample(text, 'qlclaw_refunds_total{reason="return",currency="USD"}')).toBe(1);
    expect(sample(text, 'qlclaw_refunded_minor_units_total{currency="USD"}')).toBe(refund.amountCents);
  });

  it('counts checkout starts that fail, by reason', async () => {
    const text = await metricsText();
    const before = sample(text, 'qlclaw_checkout_errors_total{reason="empty_cart"}') ?? 0;
    const empty = await cartWith([]);
    const deps = { provider: provider(), appUrl: APP_URL, sessionMinutes: 30 };
    await expect(startCheckout({ cartId: empty, email: null, userId: null }, deps)).rejects.toThrow(/empty/);
    expect(sample(await metricsText(), 'qlclaw_checkout_errors_total{reason="empty_cart"}')).toBe(before + 1);
  });

  it('reports the oldest unsent e-mail and each scheduled job’s last run by age, as of the scrape', async () => {
    await db.outboxMessage.deleteMany();
    expect(sample(await metricsText(), 'qlclaw_outbox_oldest_unsent_age_seconds')).toBe(0);
    const mail = { template: 'test', to: 'a@example.test', subject: 's', html: '<p>h</p>', text: 'h' };
    await db.outboxMessage.create({ data: { ...mail, createdAt: new Date(NOW.getTime() - 90_000) } });
    await db.outboxMessage.create({ data: { ...mail, status: 'SENT', createdAt: new Date(NOW.getTime() - 900_000) } });
    await db.jobHeartbeat.create({
      data: {
        name: 'return-sweep',
        runs: 4,
        lastStartedAt: new Date(NOW.getTime() - 125_000),
        lastFinishedAt: new Date(NOW.getTime() - 120_000),
      },
    });
    const text = await metricsText();
    expect(sample(text, 'qlclaw_outbox_oldest_unsent_age_seconds')).toBe(90);
    expect(sample(text, 'qlclaw_job_last_run_age_seconds{job="return-sweep"}')).toBe(120);
  });

  it('reports the job queue as unknown (NaN) until its schema is installed, then its depth and failed jobs', async () => {
    const installed = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('graphile_worker.jobs') IS NOT NULL AS present`;
    if (!installed[0]!.present) {
      expect(sample(await metricsText(), 'qlclaw_job_queue_depth')).toBeNaN();
      await runMigrations({ connectionString: process.env.DATABASE_URL });
    }
    const before = await metricsText();
    await enqueueJob('metrics-test', { n: 1 });
    await enqueueJob('metrics-test', { n: 2 }, { maxAttempts: 1 });
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = 1, last_error = 'boom' WHERE max_attempts = 1`;
    const after = await metricsText();
    expect(sample(after, 'qlclaw_job_queue_depth')).toBe(sample(before, 'qlclaw_job_queue_depth')! + 1);
    expect(sample(after, 'qlclaw_job_queue_failed')).toBe(sample(before, 'qlclaw_job_queue_failed')! + 1);
  });
});
