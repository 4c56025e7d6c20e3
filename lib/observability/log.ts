import { trace } from '@opentelemetry/api';
import pino from 'pino';
import { currentRequestId } from './request-context';

/**
 * The store's logger: one JSON object per line on stdout (pino), so a log platform can index every field.
 * Use `log.info({ orderId }, 'paid')`, or `log.child({ job: 'outbox' })` for a part of the store. Errors go under
 * `err`: `log.error({ err }, '…')`. A line written while serving a request carries its `requestId`
 * (./request-context.ts), and its `traceId` when tracing is on (./tracing.ts).
 */
export const log = createLogger(logLevel(process.env.LOG_LEVEL, process.env.NODE_ENV));

/** The logger's make; tests give it their own destination to read the lines back. */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'qlclaw' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: requestFields,
  };
  return destination ? pino(options, destination) : pino(options);
}

function requestFields(): Record<string, string> {
  const requestId = currentRequestId();
  const span = trace.getActiveSpan()?.spanContext();
  return { ...(requestId && { requestId }), ...(span && { traceId: span.traceId, spanId: span.spanId }) };
}

/**
 * LOG_LEVEL, read here and not through lib/env so the logger works even when the configuration does not parse
 * (lib/env/observability.ts names a bad value at start-up; until then it counts as unset). Default: info, or silent
 * in tests so a test's output shows only what the test prints.
 */
export function logLevel(setting: string | undefined, nodeEnv: string | undefined): string {
  if (setting && setting in pino.levels.values) return setting;
  if (setting === 'silent') return setting;
  return nodeEnv === 'test' ? 'silent' : 'info';
}
