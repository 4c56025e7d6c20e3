import { z } from 'zod';

/** Background jobs (issue 14). */
export const jobFields = {
  OUTBOX_WORKER: z.enum(['inline', 'off'], { error: 'OUTBOX_WORKER must be "inline" (default) or "off"' }).default('inline'),
};
