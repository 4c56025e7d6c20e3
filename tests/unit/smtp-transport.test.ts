import { describe, expect, it } from 'vitest';
import { smtpOptions } from '@/lib/email/transport';

describe('SMTP transport options', () => {
  it('requires STARTTLS for smtp:// to any host off loopback, so credentials and mail never cross the network in clear', () => {
    for (const url of ['smtp://user:pw@mail.example.com:587', 'smtp://10.0.0.5:25', 'smtp://[2001:db8::5]:587']) {
      expect(smtpOptions(new URL(url), 1000)).toMatchObject({ secure: false, requireTLS: true, ignoreTLS: false });
    }
  });

  it('uses implicit TLS for smtps://, and lets a loopback relay (tests, a local agent) go without TLS', () => {
    expect(smtpOptions(new URL('smtps://mail.example.com'), 1000)).toMatchObject({ secure: true, port: 465 });
    for (const host of ['127.0.0.1', 'localhost', '[::1]']) {
      expect(smtpOptions(new URL(`smtp://${host}:2525`), 1000)).toMatchObject({ requireTLS: false, ignoreTLS: true });
    }
  });
});
