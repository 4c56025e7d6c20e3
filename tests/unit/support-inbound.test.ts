import { describe, expect, it } from 'vitest';
import { stripQuotedReply } from '@/lib/support/inbound';
import { authenticationVerdict } from '@/lib/support/inbound-auth';

describe('inbound e-mail replies', () => {
  it('strips common quoting styles', () => {
    expect(stripQuotedReply('Yes please\r\n\r\n-----Original Message-----\r\nFrom: x')).toBe('Yes please');
    expect(stripQuotedReply('Great\n> old\n> older')).toBe('Great');
    expect(stripQuotedReply('Fine\n\nFrom: QL Claw <support@qlclaw.test>\nSent: Monday')).toBe('Fine');
  });
});

describe('the receiving server’s verdict', () => {
  const config = { mode: 'required' as const, header: 'Authentication-Results', authservId: 'mx.qlclaw.test' };
  const verdict = (values: string[], domain = 'example.com') => authenticationVerdict(values, domain, config);

  it('accepts DMARC pass for the From domain, or aligned DKIM or SPF where the domain has no DMARC policy', () => {
    expect(verdict(['mx.qlclaw.test; dmarc=pass (p=reject) header.from=example.com'])).toEqual({ ok: true, by: 'dmarc' });
    expect(verdict(['mx.qlclaw.test; dkim=pass header.d=mail.example.com; dmarc=none'])).toEqual({ ok: true, by: 'dkim' });
    expect(verdict(['mx.qlclaw.test; spf=pass smtp.mailfrom=bounce@example.com'])).toEqual({ ok: true, by: 'spf' });
  });

  it('refuses DMARC failure even with DKIM pass, unaligned passes, a verdict from another server, and no verdict', () => {
    expect(verdict(['mx.qlclaw.test; dkim=pass header.d=example.com; dmarc=fail header.from=example.com']).ok).toBe(false);
    expect(verdict(['mx.qlclaw.test; dkim=pass header.d=evil.test; spf=pass smtp.mailfrom=a@evil.test']).ok).toBe(false);
    expect(verdict(['mx.qlclaw.test; dmarc=pass header.from=evil.test']).ok).toBe(false);
    expect(verdict(['evil.test; dmarc=pass header.from=example.com']).ok).toBe(false);
    expect(verdict(['mx.qlclaw.test; dkim=pass header.d=com']).ok).toBe(false);
    expect(verdict([]).ok).toBe(false);
    expect(authenticationVerdict([], 'example.com', { ...config, mode: 'off' })).toEqual({ ok: true, by: 'not-checked' });
  });

  it('reads the first header only when no authserv-id is configured', () => {
    const values = ['mx.qlclaw.test; dmarc=fail header.from=example.com', 'evil.test; dmarc=pass header.from=example.com'];
    expect(authenticationVerdict(values, 'example.com', { ...config, authservId: undefined }).ok).toBe(false);
  });
});
