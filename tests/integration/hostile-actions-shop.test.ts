import { beforeAll, beforeEach, describe, it, vi } from 'vitest';
import { requestSignInLink } from '@/lib/auth/actions';
import { addToCartAction } from '@/lib/cart/actions';
import { payTestCheckoutAction, startCheckoutAction } from '@/lib/checkout/actions';
import { db } from '@/lib/db';
import { lookupOrderAction } from '@/lib/orders/actions';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { actAs } from '../support/viewer';
import { cookieJar, expectHandled, hostileCases, HOSTILE_STRINGS, type FormActionUnderTest } from './hostile-support';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
// next-auth itself cannot load outside Next; what it would do with a valid address is not under test here.
vi.mock('@/lib/auth/config', () => ({ signIn: async () => '/sign-in/check-email', signOut: async () => undefined }));
vi.mock('next/cache', () => import('../support/next-cache'));
vi.mock('next/headers', async () => (await import('./hostile-support')).nextHeaders());
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

beforeAll(() => seed(db));
beforeEach(() => {
  actAs(null);
  cookieJar.clear();
});

/** Every public shop form, with a valid filling that hostile values replace one field at a time. */
const forms: Record<string, { action: FormActionUnderTest; base: () => Record<string, string>; lenient?: string[] }> = {
  'add to cart': { action: addToCartAction, base: () => ({ sku: 'QLC-1', quantity: '1' }) },
  'start checkout': { action: startCheckoutAction, base: () => ({ email: uniqueEmail('buyer') }) },
  'order look-up': { action: lookupOrderAction, base: () => ({ number: 'QLC-1001', email: uniqueEmail('buyer') }) },
  'sign-in link': {
    action: requestSignInLink,
    base: () => ({ email: uniqueEmail('reader'), callbackUrl: '/account' }),
    lenient: ['callbackUrl'],
  },
  'test checkout payment': {
    action: (previous, data) => payTestCheckoutAction('tcs_unknown', previous, data),
    base: () => ({
      email: uniqueEmail('buyer'),
      name: 'Alex Back',
      line1: '1 Main St',
      line2: '',
      city: 'Springfield',
      postalCode: '12345',
      country: 'US',
      shippingRate: 'standard',
      cardNumber: '4242424242424242',
    }),
  },
};

for (const [name, { action, base, lenient }] of Object.entries(forms)) {
  describe(`the ${name} form`, () => {
    for (const hostile of hostileCases(Object.keys(base()), base, lenient)) {
      it(`answers ${hostile.label} with a clear message or a refusal, changing nothing`, async () => {
        await expectHandled(action, hostile);
      });
    }
  });
}

describe('the test checkout with a hostile session id', () => {
  for (const [kind, sessionId] of Object.entries(HOSTILE_STRINGS)) {
    it(`refuses ${kind}`, async () => {
      const payment = forms['test checkout payment']!;
      const form = hostileCases(Object.keys(payment.base()), payment.base)[1]!; // a filling with a NUL
      await expectHandled((previous, data) => payTestCheckoutAction(sessionId, previous, data), { ...form, mustRefuse: true });
    });
  }
});
