import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReportingConfig, flushErrorReports, reportRequestError, startErrorReporting } from '@/lib/observability/error-reporting';
import { startHttpSink } from '../support/http-sink';

let ingest: Awaited<ReturnType<typeof startHttpSink>>;
beforeAll(async () => {
  ingest = await startHttpSink();
});
afterAll(() => ingest.close());

const request = { path: '/checkout', method: 'POST', headers: { 'x-request-id': 'lb-0123456789abcdef' } };
const context = { routerKind: 'App Router', routePath: '/checkout', routeType: 'action', revalidateReason: undefined } as const;

describe('error reporting', () => {
  it('is off unless SENTRY_DSN is set', async () => {
    expect(errorReportingConfig({ SENTRY_DSN: undefined, NODE_ENV: 'production' })).toBeNull();
    expect(await startErrorReporting(null)).toBe(false);
    await reportRequestError(new Error('nobody hears this'), request, context);
    expect(await flushErrorReports()).toBe(true);
    expect(ingest.received).toEqual([]);
  });

  it('sends a server error, tagged with its request id and route, to the DSN’s ingest once it is set', async () => {
    const dsn = `${ingest.url.replace('http://', 'http://publickey@')}/42`;
    const config = errorReportingConfig({ SENTRY_DSN: dsn, NODE_ENV: 'production' });
    expect(config).toEqual({ dsn, environment: 'production' });
    expect(await startErrorReporting(config)).toBe(true);
    await reportRequestError(new Error('the payment page broke'), request, context);
    expect(await flushErrorReports()).toBe(true);
    const envelopes = ingest.received.filter((r) => r.method === 'POST' && r.path.startsWith('/api/42/envelope/'));
    expect(envelopes).toHaveLength(1);
    const body = envelopes[0]!.body.toString();
    expect(body).toContain('the payment page broke');
    expect(body).toContain('"requestId":"lb-0123456789abcdef"');
    expect(body).toContain('"route":"/checkout"');
    expect(body).toContain('"environment":"production"');
  }, 60_000); // loading @sentry/node takes seconds on a busy machine
});
