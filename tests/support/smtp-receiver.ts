import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that keeps what it receives: integration
 * tests read `messages`, the end-to-end server also hands each raw message
 * to `onMessage` (which writes it to disk for the browser tests).
 */
export interface ReceivedMail {
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpReceiver {
  url: string;
  messages: ReceivedMail[];
  /** Makes the next N deliveries fail with a 451 (a temporary server error). */
  failNext(count: number): void;
  close(): Promise<void>;
}

export async function startSmtpReceiver(
  options: { port?: number; onMessage?: (mail: ReceivedMail) => void | Promise<void> } = {},
): Promise<SmtpReceiver> {
  const messages: ReceivedMail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (failures > 0) {
          failures--;
          const error = Object.assign(new Error('451 Temporary failure, please try again later'), { responseCode: 451 });
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail = { to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw, parsed: await simpleParser(raw) };
        messages.push(mail);
        await options.onMessage?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    failNext(count) {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
