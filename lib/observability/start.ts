import { env, isBuildPhase } from '@/lib/env';
import { errorReportingConfig, startErrorReporting } from './error-reporting';
import { startTracing, tracingConfig } from './tracing';

/**
 * Switches on what the configuration asks for: traces (OTEL_EXPORTER_OTLP_ENDPOINT) and error reporting (SENTRY_DSN).
 * Called once per process, after the configuration was checked: by instrumentation.ts and by `npm run worker`.
 */
export async function startObservability(): Promise<{ tracing: boolean; errorReporting: boolean }> {
  if (isBuildPhase()) return { tracing: false, errorReporting: false };
  const config = env();
  const [tracing, errorReporting] = await Promise.all([
    startTracing(tracingConfig(config)),
    startErrorReporting(errorReportingConfig(config)),
  ]);
  return { tracing, errorReporting };
}
