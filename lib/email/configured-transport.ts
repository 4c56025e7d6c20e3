import 'server-only';
import { env } from '@/lib/env';
import { devMailboxTransport, smtpTransport, type MailTransport } from './transport';

let configured: { url: string | undefined; transport: MailTransport } | undefined;

/** The transport this deployment uses: SMTP when configured, else the dev mailbox. One per process, like the settings. */
export function configuredTransport(): MailTransport {
  const { SMTP_URL } = env();
  if (!configured || configured.url !== SMTP_URL) {
    configured = { url: SMTP_URL, transport: SMTP_URL ? smtpTransport(SMTP_URL) : devMailboxTransport };
  }
  return configured.transport;
}
