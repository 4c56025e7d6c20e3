import { describe, expect, it } from 'vitest';
import { clientIp } from '@/lib/http/client-ip';

const xff = (value: string, extra: Record<string, string> = {}) => new Headers({ 'x-forwarded-for': value, ...extra });

describe('the client address, from the configured trust setting', () => {
  it('counts proxy hops from the right, so entries the client wrote on the left are ignored', () => {
    const spoofed = xff('6.6.6.6, 7.7.7.7, 203.0.113.5');
    expect(clientIp(spoofed, { proxyHops: 1 })).toBe('203.0.113.5');
    expect(clientIp(xff('6.6.6.6, 203.0.113.5, 10.0.0.2'), { proxyHops: 2 })).toBe('203.0.113.5');
    expect(clientIp(xff('6.6.6.6,203.0.113.5 , 10.0.0.2'), { proxyHops: 2 })).toBe('203.0.113.5');
  });

  it('takes the leftmost entry when fewer hops were recorded than configured, and knows IPv6', () => {
    expect(clientIp(xff('2001:db8::1'), { proxyHops: 2 })).toBe('2001:db8::1');
    expect(clientIp(xff('::ffff:127.0.0.1'), { proxyHops: 1 })).toBe('::ffff:127.0.0.1');
  });

  it("reads only the platform's own header when one is configured, never X-Forwarded-For", () => {
    const headers = xff('6.6.6.6', { 'cf-connecting-ip': '198.51.100.20' });
    expect(clientIp(headers, { header: 'cf-connecting-ip' })).toBe('198.51.100.20');
    expect(clientIp(xff('6.6.6.6'), { header: 'cf-connecting-ip' })).toBe('unknown');
  });

  it('never trusts X-Real-IP, and answers "unknown" for a missing or malformed address', () => {
    expect(clientIp(new Headers({ 'x-real-ip': '6.6.6.6' }), { proxyHops: 1 })).toBe('unknown');
    expect(clientIp(xff('not an address'), { proxyHops: 1 })).toBe('unknown');
    expect(clientIp(xff(`${'1'.repeat(200)}`), { proxyHops: 1 })).toBe('unknown');
    expect(clientIp(xff('1.2.3.4, '), { proxyHops: 1 })).toBe('unknown');
  });
});
