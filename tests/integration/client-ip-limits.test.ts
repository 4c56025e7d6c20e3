import { describe, expect, it, vi } from 'vitest';
import { lookupOrderAction } from '@/lib/orders/actions';
import { uniqueEmail } from '../factories/email';
import { formData } from '../support/form-data';

// The attacker writes a new first X-Forwarded-For entry on every request; the proxy in front appends the real peer.
let attempt = 0;
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': `10.${++attempt}.0.1, 203.0.113.77` }),
}));

describe('per-IP limits behind one proxy hop (TRUSTED_PROXY_HOPS=1)', () => {
  it('counts a client that spoofs X-Forwarded-For under its real address, so the order look-up limit still holds', async () => {
    const results = [];
    // A fresh e-mail each time, so only the per-IP limit (10 an hour) can stop it.
    for (let i = 0; i < 11; i++)
      results.push(await lookupOrderAction({ ok: true }, formData({ number: 'QLC-1', email: uniqueEmail('spoof') })));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });
});
