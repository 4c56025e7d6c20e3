import { Logger, runOnce } from 'graphile-worker';
import { SEND_EMAIL_TASK } from '@/lib/email/outbox';
import type { MailTransport } from '@/lib/email/transport';
import { compileTasks } from '@/lib/jobs/compile';
import type { StoreTasks } from '@/lib/jobs/define';
import { startJobRunner, type JobRunner } from '@/lib/jobs/runner';
import { storeTasks } from '@/lib/jobs/tasks';

/**
 * Real graphile-worker runners on the test file's database, as the web instances and `npm run worker` start them
 * (lib/jobs/runner.ts), each with its own connection pool, as separate processes would have.
 */
export const FROM = 'QL Claw <hello@qlclaw.test>';
const quiet = new Logger(() => () => {});

/** The store's send-email task, sending through `transport`. */
export function emailTasks(transport: MailTransport): StoreTasks {
  const all = storeTasks({ transport, from: FROM, appUrl: 'http://localhost:3000', checkoutSweepSeconds: 60, supportAutoCloseDays: 7 });
  return { [SEND_EMAIL_TASK]: all[SEND_EMAIL_TASK]! };
}

/** Runs every job of these tasks that is due now, until none is left (graphile-worker's runOnce). */
export async function runDueJobs(tasks: StoreTasks, connectionString = process.env.DATABASE_URL!): Promise<void> {
  await runOnce({ connectionString, taskList: compileTasks(tasks).taskList, noHandleSignals: true, logger: quiet, maxPoolSize: 2 });
}

export async function startRunners(
  count: number,
  tasks: StoreTasks,
  connectionString = process.env.DATABASE_URL!,
): Promise<{ stop: () => Promise<void> }> {
  const runners: JobRunner[] = await Promise.all(
    Array.from({ length: count }, () => startJobRunner({ connectionString, tasks, concurrency: 4, poolSize: 6, pollIntervalMs: 200 })),
  );
  return { stop: async () => void (await Promise.all(runners.map((runner) => runner.stop()))) };
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
