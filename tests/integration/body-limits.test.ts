import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  Object.assign(process.env, {
    PAYMENTS_PROVIDER: 'stripe',
    STRIPE_SECRET_KEY: 'sk_test_bodylimits',
    STRIPE_WEBHOOK_SECRET: 'whsec_bodylimits',
    INBOUND_MAIL_SECRET: 'inbound-secret-inbound-secret',
  });
});

const { POST: stripeWebhook } = await import('@/app/api/webhooks/stripe/route');
const { POST: inboundMail } = await import('@/app/api/support/inbound/route');
const { config, proxy } = await import('@/proxy');

const MB = 1024 * 1024;

/** A body of `chunks` × 64 KB that counts how many chunks the server pulled. */
function countedBody(chunks: number) {
  const pulled = { count: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(64 * 1024).fill(120));
    },
  });
  return { stream, pulled };
}

function post(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return new Request(url, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('routes that read their own bodies', () => {
  it('refuse a Stripe event whose Content-Length is over 1 MB before reading a byte', async () => {
    const { stream, pulled } = countedBody(40);
    const response = await stripeWebhook(
      post('http://store.test/api/webhooks/stripe', stream, { 'content-length': String(40 * 64 * 1024) }),
    );
    expect(response.status).toBe(413);
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it('stop reading a chunked Stripe event at the cap', async () => {
    const { stream, pulled } = countedBody(400); // 25 MB, no length
    const response = await stripeWebhook(post('http://store.test/api/webhooks/stripe', stream, {}));
    expect(response.status).toBe(413);
    expect(pulled.count).toBeLessThan(24); // 1 MB is 16 chunks; a little read-ahead is fine
  });

  it('refuse inbound mail over 25 MB, declared or streamed, without buffering it', async () => {
    const auth = { authorization: 'Bearer inbound-secret-inbound-secret' };
    const declared = countedBody(500);
    const first = await inboundMail(
      post('http://store.test/api/support/inbound', declared.stream, { ...auth, 'content-length': String(500 * 64 * 1024) }),
    );
    expect(first.status).toBe(413);
    expect(declared.pulled.count).toBeLessThanOrEqual(1);
    const chunked = countedBody(2000);
    const second = await inboundMail(post('http://store.test/api/support/inbound', chunked.stream, auth));
    expect(second.status).toBe(413);
    expect(chunked.pulled.count).toBeLessThan(410);
  });
});

describe('the proxy holds every other request body to 1 MB', () => {
  const send = (path: string, headers: Record<string, string>) =>
    proxy(new NextRequest(`http://store.test${path}`, { method: 'POST', headers }));

  it('refuses a server-action post over 1 MB anywhere but the upload pages, before Next reads it', async () => {
    expect((await send('/cart', { 'content-length': String(2 * MB), 'next-action': 'abc' })).status).toBe(413);
    expect((await send('/products/ql-claw', { 'content-length': String(MB + 1) })).status).toBe(413);
    expect((await send('/sign-in', { 'content-length': String(MB) })).status).not.toBe(413);
    for (const upload of [
      '/support',
      '/support/tickets/view',
      '/returns/new',
      '/account/orders/1042/return',
      '/admin/articles/new',
      '/admin/articles/7',
    ]) {
      expect((await send(upload, { 'content-length': String(20 * MB) })).status, upload).toBe(200);
    }
  });

  it('refuses a body of unknown length (chunked) off the upload pages, and a nonsense length', async () => {
    expect((await send('/cart', { 'transfer-encoding': 'chunked' })).status).toBe(411);
    expect((await send('/cart', { 'content-length': 'lots' })).status).toBe(400);
    expect((await send('/support', { 'transfer-encoding': 'chunked' })).status).toBe(200);
  });

  it('answers 400, not 500, to a path whose percent-encoding is not UTF-8', async () => {
    for (const path of ['/blog/%ED%A0%80', '/products/%uD800']) {
      expect((await proxy(new NextRequest(`http://store.test${path}`))).status, path).toBe(400);
    }
    expect((await proxy(new NextRequest('http://store.test/blog/caf%C3%A9'))).status).toBe(200);
  });

  it('runs for every request with a body, but never for a GET of a prerendered page', () => {
    const matches = (url: string, headers: Record<string, string> = {}) =>
      unstable_doesMiddlewareMatch({ config: config as Parameters<typeof unstable_doesMiddlewareMatch>[0]['config'], url, headers });
    for (const page of [
      '/',
      '/products/ql-claw',
      '/blog/how-to-use-the-claw',
      '/muscles/upper-trapezius',
      '/orders/lookup',
      '/sign-in/check-email',
    ]) {
      expect(matches(page), page).toBe(false);
      expect(matches(page, { 'content-length': '120' }), `POST ${page}`).toBe(true);
    }
    expect(matches('/cart', { 'transfer-encoding': 'chunked' })).toBe(true);
    expect(matches('/blog/%ED%A0%80'), 'a percent-encoded path').toBe(true);
    expect(matches('/admin/orders')).toBe(true);
  });
});
