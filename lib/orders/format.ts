/** Order numbers read as QLC-10042; the database stores 10042. */
export function formatOrderNumber(number: number): string {
  return `QLC-${number}`;
}

export function parseOrderNumber(input: string): number | null {
  const match = /^\s*(?:QLC-?)?(\d{1,9})\s*$/i.exec(input);
  return match ? Number(match[1]) : null;
}
export { CARRIER_NAMES } from './carriers';
