import { describe, expect, it } from 'vitest';
import type { ProductDto } from '@/lib/catalog/queries';
import { SHIPPING_COUNTRIES, shippingRates } from '@/lib/checkout/shipping';
import { CHECK_FIRST, NEVER_OVER, PRESSURE_RULES } from '@/lib/content/labels';
import { CHECK_FIRST_MARKERS } from '@/lib/content/red-flag-guard';
import { RETURN_WINDOW_DAYS, STORE_FAULT_REASONS } from '@/lib/returns/policy';
import { organizationJsonLd, productJsonLd } from '@/lib/seo/json-ld';
import { promises, promiseWording, supportHours } from '@/lib/site';

const absolute = (path: string) => new URL(path, 'https://qlclaw.test').toString();
const money = { amount: 4900, currency: 'USD' };
const product = {
  slug: 'ql-claw',
  name: 'QL Claw',
  tagline: 'A tool',
  description: '',
  image: { src: '/a.svg', alt: '' },
  gallery: [],
  variants: [
    {
      id: 'v',
      sku: 'QLC-1',
      name: 'QL Claw',
      unitsPerPack: 1,
      price: money,
      stock: 5,
      availability: { kind: 'in-stock' },
      maxQuantity: 5,
      image: null,
    },
  ],
  fromPrice: money,
} as unknown as ProductDto;

describe('the promises follow the configuration', () => {
  const byId = Object.fromEntries(promises.map((p) => [p.id, p]));

  it('names the real number of countries and the configured delivery windows', () => {
    expect(byId.shipping?.title).toBe(`Fast tracked shipping to ${SHIPPING_COUNTRIES.length} countries`);
    for (const rate of shippingRates('USD'))
      expect(byId.shipping?.detail).toContain(`${rate.deliveryDays[0]} to ${rate.deliveryDays[1]} days`);
  });

  it('states the guarantee as the refund code applies it: window, and who pays postage', () => {
    expect(byId.guarantee?.title).toBe(`${RETURN_WINDOW_DAYS}-day money-back guarantee`);
    expect(STORE_FAULT_REASONS).toEqual(['ARRIVED_DAMAGED', 'WRONG_ITEM']);
    expect(promiseWording.guaranteeInDetail).toMatch(
      /arrived damaged or we sent the wrong item, we also refund the original shipping and pay the return postage/,
    );
    expect(promiseWording.guaranteeInDetail).toMatch(/otherwise the return postage is yours/);
    expect(promiseWording.guaranteeInDetail).not.toMatch(/full refund/i);
  });

  it('gives the real support hours, not "24/7"', () => {
    expect(supportHours.everyHour).toBe(false);
    expect(byId.support?.title).not.toMatch(/24\/7/);
    expect(byId.support?.detail).toContain(`${supportHours.opens} to ${supportHours.closes}`);
    expect(byId.checkout?.detail).not.toMatch(/end to end/i);
  });

  it('marks the JSON-LD return policy as customer-paid, with the configured window, and real support hours', () => {
    const offer = (productJsonLd(product, absolute).offers as { hasMerchantReturnPolicy: Record<string, unknown> }[])[0];
    expect(offer?.hasMerchantReturnPolicy.returnFees).toBe('https://schema.org/ReturnFeesCustomerResponsibility');
    expect(offer?.hasMerchantReturnPolicy.merchantReturnDays).toBe(RETURN_WINDOW_DAYS);
    const contact = organizationJsonLd(absolute).contactPoint as { hoursAvailable: { dayOfWeek: string[]; opens: string } };
    expect(contact.hoursAvailable.dayOfWeek).toHaveLength(5);
    expect(contact.hoursAvailable.opens).toBe(supportHours.opens);
  });
});

describe('the product page safety answer', () => {
  const answer = [...CHECK_FIRST, ...NEVER_OVER, ...Object.values(PRESSURE_RULES)].join('\n');

  it('covers every "check with a doctor first" case of the facts sheet', () => {
    expect(CHECK_FIRST_MARKERS.filter(([pattern]) => !pattern.test(answer)).map(([, label]) => label)).toEqual([]);
  });

  it('gives the front-of-hip and the back rules', () => {
    expect(PRESSURE_RULES.front).toMatch(/light pressure only, never your body weight/);
    expect(PRESSURE_RULES.front).toMatch(/pulse/);
    expect(PRESSURE_RULES.back).toMatch(/hold your breath/);
    expect(NEVER_OVER.join()).toMatch(/lowest rib/);
  });
});
