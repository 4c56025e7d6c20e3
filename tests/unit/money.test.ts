import { describe, expect, it } from 'vitest';
import { formatMoney, toDecimalString } from '@/lib/money';

describe('money', () => {
  it('formats minor units in the currency’s own precision', () => {
    expect(formatMoney({ amount: 4900, currency: 'USD' })).toBe('$49.00');
    expect(formatMoney({ amount: 8905, currency: 'EUR' })).toBe('€89.05');
    expect(formatMoney({ amount: 4900, currency: 'JPY' })).toBe('¥4,900');
  });

  it('refuses fractional minor units rather than rounding money silently', () => {
    expect(() => formatMoney({ amount: 49.5, currency: 'USD' })).toThrow(RangeError);
  });

  it('writes decimal strings without floating-point error', () => {
    expect(toDecimalString({ amount: 4900, currency: 'USD' })).toBe('49.00');
    expect(toDecimalString({ amount: 7, currency: 'USD' })).toBe('0.07');
    expect(toDecimalString({ amount: -1999, currency: 'USD' })).toBe('-19.99');
    expect(toDecimalString({ amount: 4900, currency: 'JPY' })).toBe('4900');
  });
});
