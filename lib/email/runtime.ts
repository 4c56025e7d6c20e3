import 'server-only';
import { env } from '@/lib/env';
import { paymentProvider } from '@/lib/checkout';
import { sweepExpiredCheckouts } from '@/lib/checkout/sweep';
import { pruneRateLimits } from '@/lib/rate-limit/service';
import { getReturnSettings } from '@/lib/returns/settings-store';
import { sweepApprovedReturns } from '@/lib/returns/steps';
import { closeQuietTickets } from '@/lib/support/service';
import { devMailboxTransport, smtpTransport, type MailTransport } from './transport';
import { startOutboxWorker } from './worker';

/** The transport this deployment uses: SMTP when configured, else the dev mailbox. */
export function configuredTransport(): MailTransport {
  const { SMTP_URL } = env();
  return SMTP_URL ? smtpTransport(SMTP_URL) : devMailboxTransport;
}

/**
 * Background work of an instance: delivers the outbox, settles abandoned checkouts, reminds about and
 * expires approved returns whose item never arrived, closes solved support tickets that stayed quiet,
 * clears expired rate limits.
 */
export function startConfiguredWorker(): () => Promise<void> {
  const transport = configuredTransport();
  console.log(`[outbox] delivering e-mail through ${transport.name}`);
  const stopWorker = startOutboxWorker({
    transport,
    from: env().MAIL_FROM,
    onError: (error) => console.error('[outbox] delivery pass failed', error),
  });
  const pruning = setInterval(() => {
    pruneRateLimits().catch((error: unknown) => console.error('[rate-limit] pruning failed', error));
  }, 10 * 60_000);
  const sweeping = setInterval(() => {
    sweepExpiredCheckouts({ provider: paymentProvider(), appUrl: env().APP_URL })
      .then(({ fulfilled, released }) => {
        if (fulfilled || released) console.log(`[checkout] sweep fulfilled ${fulfilled} and released ${released} order(s)`);
      })
      .catch((error: unknown) => console.error('[checkout] sweep failed', error));
  }, env().CHECKOUT_SWEEP_SECONDS * 1000);
  const returns = setInterval(() => {
    getReturnSettings()
      .then((settings) => sweepApprovedReturns({ appUrl: env().APP_URL, settings }))
      .then(({ reminded, expired }) => {
        if (reminded || expired) console.log(`[returns] sweep reminded ${reminded} and expired ${expired} return(s)`);
      })
      .catch((error: unknown) => console.error('[returns] sweep failed', error));
  }, 10 * 60_000);
  const tickets = setInterval(() => {
    closeQuietTickets(env().SUPPORT_AUTO_CLOSE_DAYS, {})
      .then((closed) => {
        if (closed) console.log(`[support] closed ${closed} quiet solved ticket(s)`);
      })
      .catch((error: unknown) => console.error('[support] closing quiet tickets failed', error));
  }, 10 * 60_000);
  pruning.unref();
  sweeping.unref();
  returns.unref();
  tickets.unref();
  return async () => {
    clearInterval(pruning);
    clearInterval(sweeping);
    clearInterval(returns);
    clearInterval(tickets);
    await stopWorker();
  };
}
