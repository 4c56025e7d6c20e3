import { z } from 'zod';

const HTTP = /^https?$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Logs, traces, metrics and error reporting (issue 14). Each is off, or at its quiet default, when unset. */
export const observabilityFields = {
  /** lib/observability/log.ts reads it itself (the logger must work before this schema does); validated here. */
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  /** OpenTelemetry's own variables: either one switches tracing on (lib/observability/tracing.ts). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: HTTP, error: 'OTEL_EXPORTER_OTLP_ENDPOINT must be the collector base URL, such as http://otel-collector:4318' })
    .optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
    .url({
      protocol: HTTP,
      error: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be the full traces URL, such as http://otel-collector:4318/v1/traces',
    })
    .optional(),
  OTEL_SERVICE_NAME: z
    .string()
    .regex(/^[\w.-]{1,100}$/, 'OTEL_SERVICE_NAME must be a short name such as qlclaw-web (letters, digits, . _ -)')
    .default('qlclaw'),
  /** Unset: GET /api/metrics answers 404. */
  METRICS_TOKEN: z
    .string()
    .min(24, 'METRICS_TOKEN must be at least 24 characters (generate one with `openssl rand -hex 24`)')
    .regex(/^[\x21-\x7e]+$/, 'METRICS_TOKEN must be printable characters without spaces')
    .optional(),
  /** `npm run worker` serves its own /metrics on this port (lib/observability/metrics-server.ts); unset: it serves none. */
  METRICS_PORT: z.coerce
    .number({ error: 'METRICS_PORT must be a port number such as 9464' })
    .int('METRICS_PORT must be a port number such as 9464')
    .min(1, 'METRICS_PORT must be a port number such as 9464')
    .max(65535, 'METRICS_PORT must be a port number such as 9464')
    .optional(),
  /** A Sentry-compatible DSN (Sentry, GlitchTip, Bugsink…); unset: errors go to the log only. */
  SENTRY_DSN: z
    .url({ protocol: HTTP, error: 'SENTRY_DSN must be a DSN such as https://publickey@o0.ingest.sentry.io/0' })
    .refine((dsn) => /^https?:\/\/[^@/]+@[^/]+\/.*\d+$/.test(dsn), 'SENTRY_DSN must look like https://publickey@host/project-id')
    .optional(),
};
