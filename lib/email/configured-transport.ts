import 'server-only';
import { env } from '@/lib/env';
import { devMailboxTransport, smtpTransport, type MailTransport } from './transport';

/** The transport this deployment uses: SMTP when configured, else the dev mailbox. */
export function configuredTransport(): MailTransport {
  const { SMTP_URL } = env();
  return SMTP_URL ? smtpTransport(SMTP_URL) : devMailboxTransport;
}
