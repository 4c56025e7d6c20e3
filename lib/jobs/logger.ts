import { Logger } from 'graphile-worker';
import { log } from '@/lib/observability/log';

// graphile-worker's levels (its LogLevel values) by pino's names.
const LEVELS: Record<string, 'error' | 'warn' | 'info' | 'debug'> = { error: 'error', warning: 'warn', info: 'info', debug: 'debug' };

/** graphile-worker's logger, written to the store's pino log: one JSON line per message, with its scope (worker, task, job id). */
export const jobsLog = log.child({ part: 'jobs' });

export const graphileLogger = new Logger((scope) => {
  const child = jobsLog.child(scope);
  return (level, message, meta) => child[LEVELS[level as string] ?? 'info'](brief(meta), message);
});

/** graphile-worker hands over the whole job row with each line; its id, task and attempt say enough. */
function brief(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  const job = meta?.job as { id?: string; task_identifier?: string; attempts?: number } | undefined;
  if (!job) return meta ?? {};
  return { ...meta, job: { id: job.id, task: job.task_identifier, attempt: job.attempts } };
}
