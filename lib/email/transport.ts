import nodemailer from 'nodemailer';

/** Where the worker hands messages over. */
export interface MailTransport {
  readonly name: string;
  send(message: TransportMessage): Promise<void>;
}

export interface TransportMessage {
  id: string;
  from: string;
  to: string;
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  /** Threading headers (lib/email/outbox); without a Message-ID the outbox id makes one. */
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string | null;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1', '[::1]'];

/**
 * smtps:// is implicit TLS; smtp:// to any other host must upgrade with
 * STARTTLS or fail, never fall back to clear text (a man in the middle can
 * strip the STARTTLS offer). Only a relay on loopback may go without TLS.
 */
export function smtpOptions(url: URL, timeout: number) {
  const secure = url.protocol === 'smtps:';
  const loopback = LOOPBACK.includes(url.hostname);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    requireTLS: !secure && !loopback,
    ignoreTLS: !secure && loopback,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  };
}

export function smtpTransport(smtpUrl: string, options: { timeoutMs?: number } = {}): MailTransport {
  const url = new URL(smtpUrl);
  const timeout = options.timeoutMs ?? 15_000;
  const transporter = nodemailer.createTransport(smtpOptions(url, timeout));
  return {
    name: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from: message.from,
        to: message.to,
        replyTo: message.replyTo ?? undefined,
        subject: message.subject,
        html: message.html,
        text: message.text,
        // A stable Message-ID lets receivers drop the copy a crash mid-send may cause.
        messageId: message.messageId ?? `<${message.id}@outbox.qlclaw>`,
        inReplyTo: message.inReplyTo ?? undefined,
        references: message.references ?? undefined,
      });
    },
  };
}

/**
 * Development without SMTP_URL: messages are marked delivered and stay
 * readable at /dev/mailbox. Never used in production (lib/env refuses it).
 */
export const devMailboxTransport: MailTransport = {
  name: 'dev-mailbox',
  async send() {},
};
