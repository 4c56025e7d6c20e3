import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db', NODE_ENV: 'development' };

describe('observability settings', () => {
  it('leave every engine off when unset', () => {
    const env = parseEnv(base);
    expect(env.METRICS_TOKEN).toBeUndefined();
    expect(env.SENTRY_DSN).toBeUndefined();
    expect(env.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(env.OTEL_SERVICE_NAME).toBe('qlclaw');
    expect(env.LOG_LEVEL).toBeUndefined();
  });

  it('name a bad value and what it should be', () => {
    const bad = {
      ...base,
      LOG_LEVEL: 'loud',
      METRICS_TOKEN: 'short',
      SENTRY_DSN: 'https://sentry.example.com/',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
      OTEL_SERVICE_NAME: 'my service',
    };
    expect(() => parseEnv(bad)).toThrow(/LOG_LEVEL: LOG_LEVEL must be one of fatal, error/);
    expect(() => parseEnv(bad)).toThrow(/METRICS_TOKEN: METRICS_TOKEN must be at least 24 characters/);
    expect(() => parseEnv(bad)).toThrow(/SENTRY_DSN: SENTRY_DSN must look like https:\/\/publickey@host\/project-id/);
    expect(() => parseEnv(bad)).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT: .*collector base URL/);
    expect(() => parseEnv(bad)).toThrow(/OTEL_SERVICE_NAME: .*short name/);
  });

  it('accept what operators paste', () => {
    const env = parseEnv({
      ...base,
      LOG_LEVEL: 'debug',
      METRICS_TOKEN: 'a'.repeat(48),
      SENTRY_DSN: 'https://0123abcd@o12345.ingest.sentry.io/6789',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://otel-collector:4318/v1/traces',
      OTEL_SERVICE_NAME: 'qlclaw-web',
    });
    expect(env).toMatchObject({ LOG_LEVEL: 'debug', OTEL_SERVICE_NAME: 'qlclaw-web', SENTRY_DSN: expect.stringContaining('@o12345') });
  });
});
