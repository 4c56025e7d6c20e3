import '../support/next-request-store';
import { Writable } from 'node:stream';
import { NextRequest } from 'next/server';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { describe, expect, it } from 'vitest';
import { createLogger, logLevel } from '@/lib/observability/log';
import { currentRequestId } from '@/lib/observability/request-context';
import { requestIdFor } from '@/lib/observability/request-id';
import { proxy } from '@/proxy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Runs `fn` the way Next runs a route handler, server component or action: inside its per-request store. */
function inRequest<T>(headers: Record<string, string>, fn: () => T): T {
  const store = { type: 'request', phase: 'render', headers: new Headers(headers) } as unknown as Parameters<
    typeof workUnitAsyncStorage.run
  >[0];
  return workUnitAsyncStorage.run(store, fn);
}

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe('the request id', () => {
  it('keeps a load balancer’s id when it is a safe token, and replaces anything else with a fresh UUID', () => {
    for (const safe of ['3f2b9c1de4a5f6078899aabbccddeeff', 'Root=1-abc'.replace('=', '-'), 'req_01HZX.a:b-c']) {
      expect(requestIdFor(safe)).toBe(safe);
    }
    const hostile = ['short', 'x'.repeat(129), 'abc12345\nfake: log line', 'abc 12345 6789', '"><script>', '', null, undefined];
    for (const value of hostile) expect(requestIdFor(value)).toMatch(UUID);
    expect(requestIdFor(null)).not.toBe(requestIdFor(null));
  });

  it('is given by the proxy to the app as a request header and to the caller as a response header', () => {
    const fresh = proxy(new NextRequest('http://localhost/api/health'));
    const id = fresh.headers.get('x-request-id')!;
    expect(id).toMatch(UUID);
    expect(fresh.headers.get('x-middleware-request-x-request-id')).toBe(id);

    const kept = proxy(new NextRequest('http://localhost/account', { headers: { 'x-request-id': 'lb-0123456789abcdef' } }));
    expect(kept.headers.get('x-request-id')).toBe('lb-0123456789abcdef');
    expect(kept.headers.get('x-middleware-request-x-request-id')).toBe('lb-0123456789abcdef');
    expect(kept.headers.get('content-security-policy')).toMatch(/nonce-/);

    const refused = proxy(new NextRequest('http://localhost/%ED%A0%80', { headers: { 'x-request-id': 'bad id\r\n' } }));
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-request-id')).toMatch(UUID);
  });

  it('is on every log line written while serving a request, and absent outside one (a test, the worker, a prerender)', () => {
    const { logger, lines } = capturedLogger();
    inRequest({ 'x-request-id': 'lb-0123456789abcdef' }, () => {
      logger.info('first');
      logger.child({ part: 'checkout' }).error({ orderId: 'o1' }, 'second');
    });
    logger.info('outside');
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['first', 'lb-0123456789abcdef'],
      ['second', 'lb-0123456789abcdef'],
      ['outside', undefined],
    ]);
    expect(lines[1]).toMatchObject({ level: 50, part: 'checkout', orderId: 'o1', service: 'qlclaw', time: expect.any(String) });
    const prerender = { type: 'prerender', phase: 'render' } as unknown as Parameters<typeof workUnitAsyncStorage.run>[0];
    expect(workUnitAsyncStorage.run(prerender, currentRequestId)).toBeUndefined();
  });

  it('is made once per request when the proxy did not see it (a route outside its matcher), and the same on every line', () => {
    const [a, b] = inRequest({}, () => [currentRequestId(), currentRequestId()]);
    expect(a).toMatch(UUID);
    expect(b).toBe(a);
    expect(inRequest({}, currentRequestId)).not.toBe(a);
  });
});

describe('LOG_LEVEL', () => {
  it('defaults to info, to silent in tests, and ignores a value pino does not know (lib/env names it at start-up)', () => {
    expect(logLevel(undefined, 'production')).toBe('info');
    expect(logLevel(undefined, 'test')).toBe('silent');
    expect(logLevel('debug', 'test')).toBe('debug');
    expect(logLevel('silent', 'production')).toBe('silent');
    expect(logLevel('loud', 'production')).toBe('info');
  });
});
