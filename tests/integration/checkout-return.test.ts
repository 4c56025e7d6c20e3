import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/checkout/return/route';
import CheckoutOrderPage from '@/app/(shop)/checkout/success/[number]/page';
import { RETURN_RULE, returnFromCheckout } from '@/lib/checkout/return';
import { startCheckout } from '@/lib/checkout/service';
import { payTestSession, testProvider } from '@/lib/checkout/test-provider';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { cartWith, setStock } from '../factories/cart';

/** A browser for next/headers: its client IP and its cookie jar. */
const browser = vi.hoisted(() => ({ ip: '198.51.100.7', jar: new Map<string, string>() }));
vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': browser.ip }),
  cookies: async () => ({
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void browser.jar.set(name, value),
    delete: (name: string) => void browser.jar.delete(name),
  }),
}));

const APP_URL = 'http://localhost:3000';
const shipping = { name: 'Pat Private', address: { line1: '9 Secret Lane', city: 'Bath', postalCode: 'BA1 1AA', country: 'GB' } };

beforeEach(async () => {
  await db.$executeRawUnsafe('TRUNCATE "RateLimitBucket"');
  browser.jar.clear();
  browser.ip = '198.51.100.7';
});

async function paidCheckout(): Promise<{ sessionId: string; number: number }> {
  await seed(db);
  await setStock('QLC-1', 100);
  const cartId = await cartWith([{ sku: 'QLC-1', quantity: 1 }]);
  const { orderId, url } = await startCheckout(
    { cartId, email: null, userId: null },
    { provider: testProvider(APP_URL), appUrl: APP_URL, sessionMinutes: 30 },
  );
  const sessionId = url.split('/').pop()!;
  await payTestSession(sessionId, { email: 'pat@example.test', shipping, shippingRate: 'standard', cardNumber: '4242424242424242' });
  return { sessionId, number: (await db.order.findUniqueOrThrow({ where: { id: orderId } })).number };
}

const visit = (sessionId: string) => GET(new Request(`${APP_URL}/api/checkout/return?session_id=${sessionId}`));
const page = async (number: number) =>
  renderToStaticMarkup(await CheckoutOrderPage({ params: Promise.resolve({ number: `QLC-${number}` }) }));

describe('/api/checkout/return', () => {
  it('answers an unknown session id locally, never asking the provider', async () => {
    const provider = { ...testProvider(APP_URL), retrieveSession: vi.fn() };
    const result = await returnFromCheckout('cs_test_someone_elses_session', browser.ip, { provider, appUrl: APP_URL });
    expect(result).toEqual({ kind: 'unknown' });
    expect(provider.retrieveSession).not.toHaveBeenCalled();
    const response = await visit('cs_test_someone_elses_session');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${APP_URL}/checkout/success`);
  });

  it('is rate-limited per client IP', async () => {
    for (let i = 0; i < RETURN_RULE.limit; i++) expect((await visit(`cs_test_guess_${i}`)).status).toBe(303);
    const refused = await visit('cs_test_guess_one_more');
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/try again in \d+ minutes?/);
    browser.ip = '198.51.100.8';
    expect((await visit('cs_test_guess_other_ip')).status).toBe(303);
  });

  it("settles the payment and lands (303) on the order's own page, which shows the details only to this browser", async () => {
    const { sessionId, number } = await paidCheckout();
    const response = await visit(sessionId);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${APP_URL}/checkout/success/QLC-${number}`);
    expect((await db.order.findUniqueOrThrow({ where: { number } })).status).toBe('PAID');

    const mine = await page(number);
    expect(mine).toContain('Your order is confirmed');
    expect(mine).toContain('pat@example.test');
    expect(mine).toContain('9 Secret Lane');

    // Another browser with the same URL (a shared link, history, a guessed number).
    browser.jar.clear();
    const theirs = await page(number);
    expect(theirs).toContain('Check your e-mail');
    for (const secret of ['pat@example.test', 'Pat Private', '9 Secret Lane', 'Bath']) expect(theirs).not.toContain(secret);
  });

  it("the paying browser's cookie names only its own order", async () => {
    const first = await paidCheckout();
    await visit(first.sessionId);
    browser.jar.clear();
    const second = await paidCheckout();
    await visit(second.sessionId);
    expect(await page(first.number)).not.toContain('pat@example.test');
    expect(await page(second.number)).toContain('pat@example.test');
  });
});
