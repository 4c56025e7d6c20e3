import type { Instrumentation } from 'next';
import type { Env } from '@/lib/env';
import { log } from './log';
import { REQUEST_ID_HEADER } from './request-id';

/**
 * Optional error reporting to a Sentry-compatible service (Sentry, GlitchTip, Bugsink…): on only when SENTRY_DSN is
 * set, and only on the server (instrumentation.ts and `npm run worker` load it; no client bundle imports this file).
 * Sentry is used for errors alone: it registers no OpenTelemetry provider, so it never competes with ./tracing.ts.
 */
export interface ErrorReportingConfig {
  dsn: string;
  environment: string;
}

let reporting = false;

export function errorReportingConfig(settings: Pick<Env, 'SENTRY_DSN' | 'NODE_ENV'>): ErrorReportingConfig | null {
  return settings.SENTRY_DSN ? { dsn: settings.SENTRY_DSN, environment: settings.NODE_ENV } : null;
}

export async function startErrorReporting(config: ErrorReportingConfig | null): Promise<boolean> {
  if (!config || reporting) return reporting;
  const Sentry = await import('@sentry/node');
  Sentry.initWithoutDefaultIntegrations({
    dsn: config.dsn,
    environment: config.environment,
    enableOpenTelemetrySetup: false,
    integrations: [
      Sentry.linkedErrorsIntegration(),
      Sentry.dedupeIntegration(),
      Sentry.nodeContextIntegration(),
      Sentry.onUncaughtExceptionIntegration(),
      Sentry.onUnhandledRejectionIntegration(),
    ],
  });
  reporting = true;
  return true;
}

/** Logs an unexpected error and, when reporting is on, sends it with its tags (request id, job…). */
export async function reportError(error: unknown, tags: Record<string, string | undefined> = {}): Promise<void> {
  log.error({ err: error, ...tags }, error instanceof Error ? error.message : 'unexpected error');
  if (!reporting) return;
  const Sentry = await import('@sentry/node');
  Sentry.captureException(error, { tags: Object.fromEntries(Object.entries(tags).filter(([, v]) => v !== undefined)) });
}

/** Next's onRequestError hook: an error thrown while rendering a page, in a route handler or in a server action. */
export const reportRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const requestId = request.headers[REQUEST_ID_HEADER];
  await reportError(error, {
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    route: context.routePath,
    routeType: context.routeType,
    method: request.method,
  });
};

/** Sends what is queued (a worker or a test about to exit). */
export async function flushErrorReports(timeoutMs = 2_000): Promise<boolean> {
  if (!reporting) return true;
  const Sentry = await import('@sentry/node');
  return Sentry.flush(timeoutMs);
}
