import type { Money } from '@/lib/money';

/** Where the store ships, and how. Amounts in minor units of the store currency. */
export const SHIPPING_COUNTRIES = [
  'US',
  'CA',
  'GB',
  'IE',
  'AU',
  'NZ',
  'DE',
  'FR',
  'NL',
  'BE',
  'LU',
  'AT',
  'CH',
  'DK',
  'SE',
  'NO',
  'FI',
  'ES',
  'PT',
  'IT',
  'PL',
  'CZ',
  'JP',
  'SG',
] as const;

export type ShippingCountry = (typeof SHIPPING_COUNTRIES)[number];

export interface ShippingRate {
  id: 'standard' | 'express';
  label: string;
  price: Money;
  deliveryDays: [min: number, max: number];
}

export function shippingRates(currency: string): ShippingRate[] {
  return [
    { id: 'standard', label: 'Standard, tracked', price: { amount: 0, currency }, deliveryDays: [5, 10] },
    { id: 'express', label: 'Express, tracked', price: { amount: 1500, currency }, deliveryDays: [2, 4] },
  ];
}

export function countryName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
}
