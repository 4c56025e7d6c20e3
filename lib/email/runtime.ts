import 'server-only';
import { env } from '@/lib/env';
import { pruneRateLimits } from '@/lib/rate-limit/service';
import { devMailboxTransport, smtpTransport, type MailTransport } from './transport';
import { startOutboxWorker } from './worker';

/** The transport this deployment uses: SMTP when configured, else the dev mailbox. */
export function configuredTransport(): MailTransport {
  const { SMTP_URL } = env();
  return SMTP_URL ? smtpTransport(SMTP_URL) : devMailboxTransport;
}

/** Delivers the outbox, and now and then clears expired rate-limit counters. */
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
  pruning.unref();
  return async () => {
    clearInterval(pruning);
    await stopWorker();
  };
}
