/** Pure rules about what shoppers may buy and what they are told about stock. */

/** The most units of one variant a single order may hold. */
export const MAX_PER_ORDER = 10;

/** At or below this, the product page says "Only N left". */
export const LOW_STOCK_THRESHOLD = 10;

export type Availability = { kind: 'in-stock' } | { kind: 'low-stock'; left: number } | { kind: 'out-of-stock' };

export function availabilityOf(stock: number): Availability {
  if (stock <= 0) return { kind: 'out-of-stock' };
  if (stock <= LOW_STOCK_THRESHOLD) return { kind: 'low-stock', left: stock };
  return { kind: 'in-stock' };
}

/** The most of a variant a shopper can hold in the cart right now. */
export function maxQuantity(stock: number): number {
  return Math.max(0, Math.min(stock, MAX_PER_ORDER));
}

/**
 * Whether moving `unitsMoved` units (either way) that left `stockNow` changes what the product page shows: its
 * availability line and the most a shopper may pick. Above the low-stock line both stay the same ("In stock", up to
 * MAX_PER_ORDER), so a busy product's page is not re-rendered at every checkout. Errs towards refreshing.
 */
export function stockMoveIsVisible(stockNow: number, unitsMoved: number): boolean {
  return stockNow - Math.abs(unitsMoved) <= Math.max(LOW_STOCK_THRESHOLD, MAX_PER_ORDER);
}
