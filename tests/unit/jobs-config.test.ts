import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { devMailboxTransport } from '@/lib/email/transport';
import { compileTasks, KEEPER_PREFIX } from '@/lib/jobs/compile';
import { isScheduled } from '@/lib/jobs/define';
import { storeTasks } from '@/lib/jobs/tasks';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };
const deps = {
  transport: devMailboxTransport,
  from: 'x <x@x.test>',
  appUrl: 'http://localhost:3000',
  checkoutSweepSeconds: 3,
  supportAutoCloseDays: 7,
};

describe('the job settings', () => {
  it('run five jobs at once by default, and say what JOBS_CONCURRENCY must be', () => {
    expect(parseEnv(base).JOBS_CONCURRENCY).toBe(5);
    expect(parseEnv({ ...base, JOBS_CONCURRENCY: '12' }).JOBS_CONCURRENCY).toBe(12);
    expect(() => parseEnv({ ...base, JOBS_CONCURRENCY: 'lots' })).toThrow(/JOBS_CONCURRENCY must be a whole number of jobs/);
    expect(() => parseEnv({ ...base, JOBS_CONCURRENCY: '0' })).toThrow(/JOBS_CONCURRENCY must be at least 1/);
    expect(() => parseEnv({ ...base, OUTBOX_WORKER: 'sometimes' })).toThrow(/OUTBOX_WORKER must be "inline" \(default\) or "off"/);
  });
});

describe("the store's task list", () => {
  it('schedules every sweep: the checkout sweep every CHECKOUT_SWEEP_SECONDS, the others by cron', () => {
    const tasks = storeTasks(deps);
    expect(tasks['checkout-sweep']).toMatchObject({ everySeconds: 3 });
    for (const sweep of ['rate-limit-pruning', 'return-sweep', 'ticket-auto-close', 'support-upload-sweep']) {
      expect(tasks[sweep]?.cron, sweep).toMatch(/^[\d,*/]+ \* \* \* \*$/);
    }
    expect(isScheduled(tasks['send-email']!)).toBe(false);
  });

  it("compiles into graphile-worker's task list and crontab, with a keeper for each interval job", () => {
    const { taskList, cronItems, intervals } = compileTasks(storeTasks(deps));
    expect(Object.keys(taskList)).toEqual(expect.arrayContaining(['send-email', 'checkout-sweep', `${KEEPER_PREFIX}checkout-sweep`]));
    expect(cronItems.map((item) => item.identifier).sort()).toEqual(
      [`${KEEPER_PREFIX}checkout-sweep`, 'rate-limit-pruning', 'return-sweep', 'support-upload-sweep', 'ticket-auto-close'].sort(),
    );
    expect(cronItems.every((item) => item.options.maxAttempts === 1 && item.options.backfillPeriod === 0)).toBe(true);
    expect(intervals).toEqual([{ task: 'checkout-sweep', seconds: 3 }]);
  });

  it('refuses a task given both a cron pattern and an interval', () => {
    expect(() => compileTasks({ odd: { cron: '* * * * *', everySeconds: 5, run: async () => {} } })).toThrow(
      /cron or everySeconds, not both/,
    );
  });
});
