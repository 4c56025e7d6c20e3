/** Money is an integer number of minor units (cents) with its ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

export function formatMoney({ amount, currency }: Money, locale = 'en-US'): string {
  if (!Number.isInteger(amount)) throw new RangeError(`money amounts are whole minor units, got ${amount}`);
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amount / 10 ** digits);
}

/** The decimal string schema.org and payment providers expect, e.g. "49.00". */
export function toDecimalString({ amount, currency }: Money): string {
  const digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, '0')}`;
}
