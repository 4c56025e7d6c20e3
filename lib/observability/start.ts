import { env, isBuildPhase } from '@/lib/env';
import { errorReportingConfig, startErrorReporting } from './error-reporting';
import { startTracing, tracingConfig } from './tracing';

/**
 * Switches on what the configuration asks for: traces (OTEL_EXPORTER_OTLP_ENDPOINT) and error reporting (SENTRY_DSN),
 * and in `npm run worker` its own /metrics (METRICS_PORT with METRICS_TOKEN). Called once per process, after the
 * configuration was checked: by instrumentation.ts, and by scripts/worker.ts with `{ worker: true }`.
 */
export async function startObservability(options: { worker?: boolean } = {}) {
  if (isBuildPhase()) return { tracing: false, errorReporting: false, metricsServer: false };
  const config = env();
  const [tracing, errorReporting] = await Promise.all([
    startTracing(tracingConfig(config)),
    startErrorReporting(errorReportingConfig(config)),
  ]);
  const serveMetrics = Boolean(options.worker && config.METRICS_PORT && config.METRICS_TOKEN);
  if (serveMetrics) {
    const { startMetricsServer } = await import('./metrics-server');
    await startMetricsServer({ port: config.METRICS_PORT!, token: config.METRICS_TOKEN });
  }
  return { tracing, errorReporting, metricsServer: serveMetrics };
}
