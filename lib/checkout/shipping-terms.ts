import { SHIPPING_COUNTRIES, shippingRates, type ShippingRate } from './shipping';

/**
 * The shipping promise in words, read from the list the checkout really
 * ships to and the rates it really offers, so the copy cannot drift from them.
 */
export const SHIPPING_COUNTRY_COUNT = SHIPPING_COUNTRIES.length;

/** Every delivery window the store quotes, as [min, max] days. */
export function deliveryWindows(): ShippingRate['deliveryDays'][] {
  return shippingRates('USD').map((rate) => rate.deliveryDays);
}

export function shippingPromiseTitle(): string {
  return `Fast tracked shipping to ${SHIPPING_COUNTRY_COUNT} countries`;
}

/** "Standard, tracked: 5 to 10 days, free. Express, tracked: 2 to 4 days." */
export function deliveryTimesSentence(): string {
  return shippingRates('USD')
    .map((rate) => `${rate.label}: ${rate.deliveryDays[0]} to ${rate.deliveryDays[1]} days${rate.price.amount === 0 ? ', free' : ''}`)
    .join('. ')
    .concat('.');
}
