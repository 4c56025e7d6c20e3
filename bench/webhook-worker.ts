/**
 * The job-queue half of the webhook bench: a graphile-worker runner in this process with only the `fulfil-payment`
 * task (what `npm run worker` runs, among others), and a wait until the orders it fulfils are all paid.
 */
import { Logger, run, type Runner } from 'graphile-worker';
import type { PaymentProvider } from '../lib/checkout/provider';
import type { Db } from '../lib/db';
import { fulfilPaymentTaskWith } from '../lib/payments/fulfil-task';
import { FULFIL_PAYMENT_TASK } from '../lib/payments/payment-job';

export const WORKER_CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 10);

/** Starts the runner (its start installs the queue's schema if the app's migrations have not). */
export function startPaymentWorker(connectionString: string, provider: PaymentProvider, appUrl: string): Promise<Runner> {
  return run({
    connectionString,
    concurrency: WORKER_CONCURRENCY,
    noHandleSignals: true,
    logger: new Logger(() => () => {}),
    taskList: { [FULFIL_PAYMENT_TASK]: fulfilPaymentTaskWith(() => ({ provider, appUrl })) },
  });
}

/** Waits until every order is paid (or `timeoutMs` passes); when the last one was paid, and how many were. */
export async function waitForPaid(client: Db, orderIds: string[], timeoutMs: number): Promise<{ paid: number; lastPaidAt: Date | null }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { _count, _max } = await client.order.aggregate({
      where: { id: { in: orderIds }, status: 'PAID' },
      _count: { _all: true },
      _max: { paidAt: true },
    });
    if (_count._all === orderIds.length || performance.now() > deadline) return { paid: _count._all, lastPaidAt: _max.paidAt };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
