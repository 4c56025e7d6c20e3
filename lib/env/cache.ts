import { z } from 'zod';

/**
 * The shared page and data cache (issue 14). Unset: each instance keeps Next's own cache (one machine).
 * lib/cache/cache-handler.mjs reads REDIS_URL and REDIS_KEY_PREFIX itself (Next loads it outside the app's bundle); this entry validates it at start-up.
 */
export const cacheFields = {
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must look like redis://host:6379 (or rediss:// for TLS)')
    .optional(),
  /** Namespaces the store's keys, so several stores (staging, production) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'REDIS_KEY_PREFIX must be 1–40 letters, digits, dots, dashes or underscores')
    .default('qlclaw'),
};
