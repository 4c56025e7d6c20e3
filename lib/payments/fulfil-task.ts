import 'server-only';
import type { Task } from 'graphile-worker';
import { paymentProvider } from '@/lib/checkout';
import { reconcileCheckout } from '@/lib/checkout/fulfil';
import type { PaymentProvider } from '@/lib/checkout/provider';
import { db, type DbOrTx } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { flagDisputedPayment } from '@/lib/orders/disputes';
import { applyPaymentRefunded, applyRefundUpdate } from '@/lib/returns/refund-events';
import { paymentJobSchema, type PaymentJob } from './payment-job';
import { markWebhookEventProcessed } from './webhook-events';

/**
 * The `fulfil-payment` job: acts on one verified payment event, queued by the webhook (lib/payments/webhook-dispatch.ts).
 * This file only translates: each event goes, in that domain's own terms, to the entry point of the domain it concerns
 * (checkout's reconcile, returns' refunds, orders' disputes), which owns its tables and applies it once. Events only
 * say "look at this": what happened is read back from the provider or our own rows, so repeats, races and out-of-order
 * events all converge. A throw leaves the job to the queue, which retries it with back-off; staff see it in /admin/jobs.
 */
export interface FulfilDeps {
  provider: PaymentProvider;
  appUrl: string;
  now?: () => Date;
}

/** Who acted, in the histories these events write. */
const ACTOR = 'stripe';

async function act(work: PaymentJob['work'], deps: FulfilDeps, client: DbOrTx): Promise<string> {
  switch (work.kind) {
    case 'session': {
      const reconcileDeps = { provider: deps.provider, appUrl: deps.appUrl, now: deps.now, paymentFailed: work.paymentFailed };
      return (await reconcileCheckout(work.sessionId, reconcileDeps, client)).outcome;
    }
    case 'refund': {
      const { kind: _kind, ...update } = work;
      return applyRefundUpdate(update, ACTOR, { appUrl: deps.appUrl }, client);
    }
    case 'charge-refunded':
      return applyPaymentRefunded(work, ACTOR, { appUrl: deps.appUrl }, client);
    case 'dispute':
      return flagDisputedPayment(work, client);
  }
}

/** Runs one payment job; what it did (e.g. `fulfilled`, `already-fulfilled`, `refund-succeeded`). */
export async function runPaymentJob(payload: unknown, deps: FulfilDeps, client: DbOrTx = db): Promise<string> {
  const job = paymentJobSchema.parse(payload);
  const outcome = await act(job.work, deps, client);
  const now = (deps.now ?? (() => new Date()))();
  await markWebhookEventProcessed(job.eventId, { now }, client);
  if (job.created > 0) metrics.webhookLagSeconds.observe(Math.max(0, now.getTime() / 1000 - job.created));
  return outcome;
}

/** The store's task (lib/jobs/tasks.ts): one run; a failure is counted as a webhook failure and left to the queue's retries. */
export async function fulfilPayment(payload: unknown, deps: FulfilDeps): Promise<string> {
  try {
    return await runPaymentJob(payload, deps);
  } catch (error) {
    metrics.webhookFailures.inc();
    throw error;
  }
}

/** The task for the job queue's task list, with its dependencies read when it runs (tests pass their own). */
export function fulfilPaymentTaskWith(deps: () => FulfilDeps): Task {
  return async (payload, helpers) => {
    try {
      const outcome = await fulfilPayment(payload, deps());
      log.info({ task: helpers.job.task_identifier, jobId: helpers.job.id, outcome }, 'payment event processed');
    } catch (error) {
      log.warn(
        { task: helpers.job.task_identifier, jobId: helpers.job.id, attempt: helpers.job.attempts, err: error },
        'payment job failed',
      );
      throw error;
    }
  };
}

/** List it in the queue's task list as `[FULFIL_PAYMENT_TASK]: fulfilPaymentTask`. */
export const fulfilPaymentTask: Task = fulfilPaymentTaskWith(() => ({ provider: paymentProvider(), appUrl: env().APP_URL }));
