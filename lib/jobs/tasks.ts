import 'server-only';
import { z } from 'zod';
import { paymentProvider } from '@/lib/checkout';
import { sweepExpiredCheckouts } from '@/lib/checkout/sweep';
import { configuredTransport } from '@/lib/email/configured-transport';
import { deliverMessage } from '@/lib/email/delivery';
import { SEND_EMAIL_TASK } from '@/lib/email/outbox';
import type { MailTransport } from '@/lib/email/transport';
import { env } from '@/lib/env';
import { fulfilPayment } from '@/lib/payments/fulfil-task';
import { FULFIL_PAYMENT_TASK } from '@/lib/payments/payment-job';
import { pruneRateLimits } from '@/lib/rate-limit/service';
import { getReturnSettings } from '@/lib/returns/settings-store';
import { sweepApprovedReturns } from '@/lib/returns/steps';
import { closeQuietTickets, sweepAbandonedUploads } from '@/lib/support/service';
import type { StoreTasks } from './define';

export interface TaskDeps {
  transport: MailTransport;
  from: string;
  appUrl: string;
  checkoutSweepSeconds: number;
  supportAutoCloseDays: number;
}

export function configuredTaskDeps(): TaskDeps {
  const config = env();
  return {
    transport: configuredTransport(),
    from: config.MAIL_FROM,
    appUrl: config.APP_URL,
    checkoutSweepSeconds: config.CHECKOUT_SWEEP_SECONDS,
    supportAutoCloseDays: config.SUPPORT_AUTO_CLOSE_DAYS,
  };
}

const emailPayload = z.object({ messageId: z.string().min(1) });

/**
 * Every task of the store, by graphile-worker task identifier: one line each, calling one entry point in its
 * domain. A task without a schedule runs when something enqueues it (enqueueJob in lib/jobs/queue.ts, in the
 * transaction of the change it finishes); `cron` or `everySeconds` make it a scheduled sweep (lib/jobs/define.ts).
 * Every task must be safe to run twice: a job may be retried after its worker died mid-run.
 */
export function storeTasks(deps: TaskDeps = configuredTaskDeps()): StoreTasks {
  return {
    // One outbox message, enqueued with it by enqueueEmail; retried with the queue's back-off (lib/email/delivery.ts).
    [SEND_EMAIL_TASK]: {
      run: async (payload, job) => {
        const { messageId } = emailPayload.parse(payload);
        const result = await deliverMessage(messageId, { number: job.attempt, max: job.maxAttempts }, deps);
        if (result !== 'sent') return `message ${messageId} not sent: ${result}`;
      },
    },
    // One verified payment event, queued by the Stripe webhook in the transaction that recorded it (lib/payments).
    [FULFIL_PAYMENT_TASK]: {
      run: async (payload) => fulfilPayment(payload, { provider: paymentProvider(), appUrl: deps.appUrl }),
    },
    // Settles checkouts that never reported back: fulfils the paid ones, releases the stock of the rest.
    'checkout-sweep': {
      everySeconds: deps.checkoutSweepSeconds,
      run: async () => {
        const { fulfilled, released } = await sweepExpiredCheckouts({ provider: paymentProvider(), appUrl: deps.appUrl });
        if (fulfilled || released) return `fulfilled ${fulfilled} and released ${released} order(s)`;
      },
    },
    // The ten-minute sweeps run at staggered minutes, so they do not all start together.
    'rate-limit-pruning': {
      cron: '*/10 * * * *',
      run: async () => void (await pruneRateLimits()),
    },
    // Reminds about, then expires, approved returns whose item never arrived.
    'return-sweep': {
      cron: '2,12,22,32,42,52 * * * *',
      run: async () => {
        const { reminded, expired } = await sweepApprovedReturns({ appUrl: deps.appUrl, settings: await getReturnSettings() });
        if (reminded || expired) return `reminded ${reminded} and expired ${expired} return(s)`;
      },
    },
    // Closes solved tickets nobody has written on for SUPPORT_AUTO_CLOSE_DAYS.
    'ticket-auto-close': {
      cron: '4,14,24,34,44,54 * * * *',
      run: async () => {
        const closed = await closeQuietTickets(deps.supportAutoCloseDays, {});
        if (closed) return `closed ${closed} quiet solved ticket(s)`;
      },
    },
    // Deletes support files from forms that were never sent (stored, but no saved message kept them).
    'support-upload-sweep': {
      cron: '6,21,36,51 * * * *',
      run: async () => {
        const { deleted } = await sweepAbandonedUploads({ now: new Date() });
        if (deleted) return `deleted ${deleted} abandoned support file(s)`;
      },
    },
  };
}
