import pino from 'pino';

/**
 * The store's logger: one JSON object per line on stdout (pino), so a log platform can index every field.
 * Use `log.info({ orderId }, 'paid')`, or `log.child({ job: 'outbox' })` for a part of the store.
 * LOG_LEVEL sets the level (default info; silent in tests unless set).
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'qlclaw' },
  timestamp: pino.stdTimeFunctions.isoTime,
});
