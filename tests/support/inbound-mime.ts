/**
 * Raw MIME as a mail provider forwards it to /api/support/inbound, with the receiving server's verdict on top
 * (`auth`: the Authentication-Results value, or null for none).
 */
export const AUTHSERV = 'mx.qlclaw.test';

export function passFor(address: string): string {
  const domain = address.split('@')[1];
  return `${AUTHSERV}; dkim=pass header.d=${domain} header.s=s1; spf=pass smtp.mailfrom=${address}; dmarc=pass (p=REJECT) header.from=${domain}`;
}

export function inboundMime(input: {
  from: string;
  to: string;
  subject?: string;
  text: string;
  auth?: string | null;
  headers?: string[];
  attachment?: { name: string; type: string; bytes: Buffer };
}): string {
  const boundary = 'b0undary';
  const parts = [`--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${input.text}\r\n`];
  if (input.attachment) {
    parts.push(
      `--${boundary}\r\nContent-Type: ${input.attachment.type}; name="${input.attachment.name}"\r\n` +
        `Content-Disposition: attachment; filename="${input.attachment.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
        `${input.attachment.bytes.toString('base64')}\r\n`,
    );
  }
  const address = /<([^>]+)>/.exec(input.from)?.[1] ?? input.from;
  const auth = input.auth === undefined ? passFor(address) : input.auth;
  return [
    ...(auth === null ? [] : [`Authentication-Results: ${auth}`]),
    ...(input.headers ?? []),
    `From: ${input.from}`,
    `To: ${input.to}`,
    `Subject: ${input.subject ?? 'Re: your request'}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
