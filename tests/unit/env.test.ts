import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };

describe('parseEnv', () => {
  it('fills documented defaults in development', () => {
    const env = parseEnv({ ...base, NODE_ENV: 'development' });
    expect(env.APP_URL).toBe('http://localhost:3000');
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('names each bad variable and what it should be', () => {
    try {
      parseEnv({ DATABASE_URL: 'mysql://x', APP_URL: 'not a url', NODE_ENV: 'development' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems.join('\n');
      expect(problems).toMatch(/DATABASE_URL: .*postgres/);
      expect(problems).toMatch(/APP_URL: .*absolute URL/);
    }
  });

  it('refuses a production server without AUTH_SECRET or SMTP_URL', () => {
    expect(() => parseEnv({ ...base, NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is required in production/);
    expect(() => parseEnv({ ...base, NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) })).toThrow(/SMTP_URL is required in production/);
    const env = parseEnv({
      ...base,
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://mail.example.com:587',
      PAYMENTS_PROVIDER: 'test',
      TRUSTED_PROXY_HOPS: '1',
    });
    expect(env.AUTH_SECRET).toBe('x'.repeat(32));
    expect(env.OUTBOX_WORKER).toBe('inline');
  });

  it('will not take test payments in production unless told to, and needs the webhook secret with Stripe', () => {
    const production = {
      ...base,
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://mail.example.com:587',
      TRUSTED_PROXY_HOPS: '1',
    };
    expect(() => parseEnv(production)).toThrow(/set PAYMENTS_PROVIDER=test to run a store that takes no real payments/);
    expect(() => parseEnv({ ...production, STRIPE_SECRET_KEY: 'sk_live_abc123' })).toThrow(
      /STRIPE_WEBHOOK_SECRET is required in production/,
    );
    expect(parseEnv({ ...production, STRIPE_SECRET_KEY: 'sk_live_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).PAYMENTS_PROVIDER).toBe(
      'stripe',
    );
    expect(parseEnv({ ...base, NODE_ENV: 'development' }).PAYMENTS_PROVIDER).toBe('test');
  });

  it('rejects an SMTP_URL that is not an smtp:// URL', () => {
    expect(() => parseEnv({ ...base, SMTP_URL: 'mail.example.com' })).toThrow(/SMTP_URL must look like smtp:/);
  });

  it('refuses a production server that does not say where the client address comes from', () => {
    const production = {
      ...base,
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://m.example.com',
      PAYMENTS_PROVIDER: 'test',
    };
    expect(() => parseEnv(production)).toThrow(/TRUSTED_PROXY_HOPS or CLIENT_IP_HEADER is required in production/);
    expect(parseEnv({ ...production, TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(parseEnv({ ...production, CLIENT_IP_HEADER: 'CF-Connecting-IP' }).CLIENT_IP_HEADER).toBe('cf-connecting-ip');
    expect(() => parseEnv({ ...production, TRUSTED_PROXY_HOPS: '0' })).toThrow(/at least 1: next start does not append/);
    expect(() => parseEnv({ ...production, TRUSTED_PROXY_HOPS: '1', CLIENT_IP_HEADER: 'fly-client-ip' })).toThrow(/not both/);
    expect(() => parseEnv({ ...production, CLIENT_IP_HEADER: 'x forwarded: for' })).toThrow(/header name/);
    expect(parseEnv({ ...base, NODE_ENV: 'development' }).TRUSTED_PROXY_HOPS).toBeUndefined();
  });
});
