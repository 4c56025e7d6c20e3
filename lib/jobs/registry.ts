import 'server-only';
import { paymentProvider } from '@/lib/checkout';
import { sweepExpiredCheckouts } from '@/lib/checkout/sweep';
import { configuredTransport } from '@/lib/email/configured-transport';
import { deliverDueMessages } from '@/lib/email/delivery';
import { env } from '@/lib/env';
import { pruneRateLimits } from '@/lib/rate-limit/service';
import { getReturnSettings } from '@/lib/returns/settings-store';
import { sweepApprovedReturns } from '@/lib/returns/steps';
import { closeQuietTickets, sweepAbandonedUploads } from '@/lib/support/service';
import type { Job } from './runner';

const MINUTE = 60_000;

/** Every background job of the store: what it does, how often, and its one entry point in its domain. */
export function backgroundJobs(): Job[] {
  const config = env();
  const transport = configuredTransport();
  return [
    {
      // Sends what the outbox holds: every e-mail the store writes goes out here.
      name: 'outbox-delivery',
      everyMs: 2_000,
      runAtStart: true,
      run: async () => {
        await deliverDueMessages({ transport, from: config.MAIL_FROM });
      },
    },
    {
      // Settles checkouts that never reported back: fulfils the paid ones, releases the stock of the rest.
      name: 'checkout-sweep',
      everyMs: config.CHECKOUT_SWEEP_SECONDS * 1000,
      run: async () => {
        const { fulfilled, released } = await sweepExpiredCheckouts({ provider: paymentProvider(), appUrl: config.APP_URL });
        if (fulfilled || released) return `fulfilled ${fulfilled} and released ${released} order(s)`;
      },
    },
    {
      name: 'rate-limit-pruning',
      everyMs: 10 * MINUTE,
      run: async () => {
        await pruneRateLimits();
      },
    },
    {
      // Reminds about, then expires, approved returns whose item never arrived.
      name: 'return-sweep',
      everyMs: 10 * MINUTE,
      run: async () => {
        const { reminded, expired } = await sweepApprovedReturns({ appUrl: config.APP_URL, settings: await getReturnSettings() });
        if (reminded || expired) return `reminded ${reminded} and expired ${expired} return(s)`;
      },
    },
    {
      // Closes solved tickets nobody has written on for SUPPORT_AUTO_CLOSE_DAYS.
      name: 'ticket-auto-close',
      everyMs: 10 * MINUTE,
      run: async () => {
        const closed = await closeQuietTickets(config.SUPPORT_AUTO_CLOSE_DAYS, {});
        if (closed) return `closed ${closed} quiet solved ticket(s)`;
      },
    },
    {
      // Deletes support files from forms that were never sent (stored, but no saved message kept them).
      name: 'support-upload-sweep',
      everyMs: 15 * MINUTE,
      run: async () => {
        const { deleted } = await sweepAbandonedUploads({ now: new Date() });
        if (deleted) return `deleted ${deleted} abandoned support file(s)`;
      },
    },
  ];
}
