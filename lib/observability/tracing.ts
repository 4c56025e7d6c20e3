import type { Env } from '@/lib/env';

type TracingSettings = Pick<Env, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' | 'OTEL_SERVICE_NAME'>;

export interface TracingConfig {
  serviceName: string;
  /** Where spans are POSTed (OTLP over HTTP, JSON). */
  tracesUrl: string;
}

/**
 * Tracing is off unless an OTLP endpoint is set: no SDK is loaded and Next's spans go nowhere, at no cost.
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is the full URL; OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base, which
 * gets OpenTelemetry's `/v1/traces` path, as the specification says.
 */
export function tracingConfig(settings: TracingSettings): TracingConfig | null {
  const base = settings.OTEL_EXPORTER_OTLP_ENDPOINT;
  const tracesUrl = settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  return tracesUrl ? { serviceName: settings.OTEL_SERVICE_NAME, tracesUrl } : null;
}

/**
 * Registers OpenTelemetry through @vercel/otel (Next's own spans: requests, rendering, route handlers, fetch), exporting
 * with the OTLP HTTP exporter. Called once from instrumentation.ts `register`. Other OTEL_* variables (headers,
 * sampler, resource attributes) are read by the SDK itself.
 */
export async function startTracing(config: TracingConfig | null): Promise<boolean> {
  if (!config) return false;
  const [{ registerOTel }, { OTLPTraceExporter }, { BatchSpanProcessor }] = await Promise.all([
    import('@vercel/otel'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/sdk-trace-base'),
  ]);
  // Our one processor, not @vercel/otel's "auto": that adds its own exporter whenever OTEL_EXPORTER_OTLP_ENDPOINT is
  // set, and every span would be sent twice.
  const exporter = new OTLPTraceExporter({ url: config.tracesUrl });
  registerOTel({ serviceName: config.serviceName, spanProcessors: [new BatchSpanProcessor(exporter)] });
  return true;
}
