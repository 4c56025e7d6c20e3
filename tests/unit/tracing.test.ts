import { trace, type ProxyTracerProvider } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, tracingConfig } from '@/lib/observability/tracing';
import { startHttpSink } from '../support/http-sink';

const unset = { OTEL_EXPORTER_OTLP_ENDPOINT: undefined, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined, OTEL_SERVICE_NAME: 'qlclaw' };
let collector: Awaited<ReturnType<typeof startHttpSink>>;
beforeAll(async () => {
  collector = await startHttpSink();
});
afterAll(() => collector.close());

/** What the registered SDK holds in its batch, sent now. */
async function flush(): Promise<void> {
  const provider = (trace.getTracerProvider() as ProxyTracerProvider).getDelegate() as { forceFlush?: () => Promise<void> };
  await provider.forceFlush?.();
}

describe('tracing configuration', () => {
  it('is off unless an OTLP endpoint is set; the base endpoint gets /v1/traces, a traces endpoint is used as it is', () => {
    expect(tracingConfig(unset)).toBeNull();
    expect(tracingConfig({ ...unset, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      serviceName: 'qlclaw',
      tracesUrl: 'http://collector:4318/v1/traces',
    });
    const both = {
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/traces',
      OTEL_SERVICE_NAME: 'web-2',
    };
    expect(tracingConfig(both)).toEqual({ serviceName: 'web-2', tracesUrl: 'http://b:4318/traces' });
  });
});

// One process, one global tracer provider: the "unset" case runs first, then tracing is switched on for good.
describe('exporting spans', () => {
  it('exports nothing and records nothing when no endpoint is set', async () => {
    expect(await startTracing(tracingConfig(unset))).toBe(false);
    const span = trace.getTracer('test').startSpan('GET /products/[slug]');
    expect(span.isRecording()).toBe(false);
    span.end();
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(collector.received).toEqual([]);
  });

  it('sends spans to the collector over OTLP/HTTP with the service name once an endpoint is set', async () => {
    // As in production: the SDK sees the variable too (and must not add a second exporter of its own because of it).
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.url;
    const config = tracingConfig({ ...unset, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: 'qlclaw-test' });
    expect(await startTracing(config)).toBe(true);
    const span = trace.getTracer('test').startSpan('GET /products/[slug]');
    expect(span.isRecording()).toBe(true);
    span.end();
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const posts = collector.received.filter((r) => r.method === 'POST' && r.path === '/v1/traces');
    expect(posts).toHaveLength(1);
    expect(collector.received).toHaveLength(1);
    const body = posts[0]!.body.toString();
    expect(posts[0]!.headers['content-type']).toMatch(/application\/json/);
    expect(body).toContain('GET /products/[slug]');
    expect(body).toContain('qlclaw-test');
  });
});
