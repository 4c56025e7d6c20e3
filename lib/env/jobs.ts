import { z } from 'zod';

/** Background jobs (issue 14): graphile-worker on the store's PostgreSQL (lib/jobs). */
export const jobFields = {
  /** inline: each web instance also runs jobs; off: it runs none, `npm run worker` processes do. */
  OUTBOX_WORKER: z.enum(['inline', 'off'], { error: 'OUTBOX_WORKER must be "inline" (default) or "off"' }).default('inline'),
  /** How many jobs one runner (a web instance or a worker) works on at once. */
  JOBS_CONCURRENCY: z.coerce
    .number({ error: 'JOBS_CONCURRENCY must be a whole number of jobs, such as 5' })
    .int('JOBS_CONCURRENCY must be a whole number of jobs, such as 5')
    .min(1, 'JOBS_CONCURRENCY must be at least 1')
    .max(50, 'JOBS_CONCURRENCY must be at most 50')
    .default(5),
};
