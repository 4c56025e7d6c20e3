import { z } from 'zod';

/**
 * The shared page and data cache (issue 14). Unset: each instance keeps Next's own cache (one machine).
 * cache-handler.mjs reads REDIS_URL itself (Next loads it outside the app's bundle); this entry validates it at start-up.
 */
export const cacheFields = {
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must look like redis://host:6379 (or rediss:// for TLS)')
    .optional(),
};
