import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as cartCount } from '@/app/api/cart/route';
import { GET as checkoutReturn } from '@/app/api/checkout/return/route';
import { GET as supportAttachment } from '@/app/api/support/attachments/[id]/route';
import { POST as inboundMail } from '@/app/api/support/inbound/route';
import { POST as stripeWebhook } from '@/app/api/webhooks/stripe/route';
import { GET as media } from '@/app/media/[...key]/route';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { HOSTILE_STRINGS, rowCounts } from './hostile-support';

// Read once by lib/env on first use: both endpoints are configured, so hostile bodies reach their parsers.
const SECRET = 'inbound-secret-for-hostile-tests';
process.env.INBOUND_MAIL_SECRET = SECRET;
process.env.PAYMENTS_PROVIDER = 'stripe';
process.env.STRIPE_SECRET_KEY = 'sk_test_hostile';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_hostile';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', async () => (await import('./hostile-support')).nextHeaders());

beforeAll(() => seed(db));

/** Every public route handler, called directly with a Request built around one hostile string. */
const routes: Record<string, (text: string) => Promise<Response>> = {
  'GET /api/support/attachments/[id] (id)': (text) =>
    supportAttachment(new Request('http://localhost/api/support/attachments/x'), { params: Promise.resolve({ id: text }) }),
  'GET /api/support/attachments/[id] (token)': (text) =>
    supportAttachment(new Request(`http://localhost/api/support/attachments/x?token=${onTheWire(text)}`), {
      params: Promise.resolve({ id: 'x' }),
    }),
  'GET /media/[...key]': (text) => media(new Request('http://localhost/media/x'), { params: Promise.resolve({ key: ['public', text] }) }),
  'GET /api/checkout/return': (text) =>
    checkoutReturn(
      Object.assign(new Request('http://localhost/'), { nextUrl: new URL(`http://localhost/?session_id=${onTheWire(text)}`) }) as never,
    ),
  'GET /api/cart': () => cartCount(),
  'POST /api/support/inbound (body)': (text) =>
    inboundMail(
      new Request('http://localhost/api/support/inbound', { method: 'POST', body: text, headers: { authorization: `Bearer ${SECRET}` } }),
    ),
  'POST /api/support/inbound (authorization)': (text) =>
    inboundMail(
      new Request('http://localhost/api/support/inbound', { method: 'POST', body: 'x', headers: { authorization: headerSafe(text) } }),
    ),
  'POST /api/webhooks/stripe (body)': (text) =>
    stripeWebhook(
      new Request('http://localhost/api/webhooks/stripe', { method: 'POST', body: text, headers: { 'stripe-signature': 't=1,v1=00' } }),
    ),
  'POST /api/webhooks/stripe (signature)': (text) =>
    stripeWebhook(
      new Request('http://localhost/api/webhooks/stripe', {
        method: 'POST',
        body: '{}',
        headers: { 'stripe-signature': headerSafe(text) },
      }),
    ),
};

/** As a URL carries it: a lone surrogate becomes the UTF-8 bytes of U+D800, which no decoder accepts. */
function onTheWire(text: string): string {
  const loneSurrogates = /[\uD800-\uDFFF]/gu;
  const surrogate = text.match(loneSurrogates) ? '%ED%A0%80' : '';
  return encodeURIComponent(text.replace(loneSurrogates, '')) + surrogate;
}

/** Headers cannot carry NUL or non-Latin-1 text at all; what the wire can carry instead. */
function headerSafe(text: string): string {
  return onTheWire(text).slice(0, 8_000);
}

const bodies = {
  ...HOSTILE_STRINGS,
  'JSON of the wrong shape': '{"type": 42, "data": [null]}',
  'MIME with a NUL header': 'From: a\u0000@x\r\n\r\nhi',
};

describe('hostile input to the public route handlers', () => {
  for (const [route, call] of Object.entries(routes)) {
    for (const [kind, text] of Object.entries(bodies)) {
      it(`${route} answers ${kind} below 500 and changes nothing`, async () => {
        const before = await rowCounts();
        const response = await call(text);
        expect(response.status, await response.clone().text()).toBeLessThan(500);
        expect(await rowCounts()).toEqual(before);
      });
    }
  }
});
