/** RMA numbers read as RMA-1042; the database stores 1042. Safe to import from client code. */
export function formatReturnNumber(number: number): string {
  return `RMA-${number}`;
}

/** RMA-1042, rma1042 or 1042 → 1042. */
export function parseReturnNumber(input: string): number | null {
  const match = /^\s*(?:RMA-?)?(\d{1,9})\s*$/i.exec(input);
  return match ? Number(match[1]) : null;
}
