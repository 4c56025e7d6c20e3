import { describe, expect, it } from 'vitest';
import { availabilityOf, LOW_STOCK_THRESHOLD, MAX_PER_ORDER, maxQuantity, stockMoveIsVisible } from '@/lib/catalog/policy';

describe('stock rules', () => {
  it('says out of stock at zero, "only N left" at or below the threshold, and in stock above it', () => {
    expect(availabilityOf(0)).toEqual({ kind: 'out-of-stock' });
    expect(availabilityOf(-1)).toEqual({ kind: 'out-of-stock' });
    expect(availabilityOf(1)).toEqual({ kind: 'low-stock', left: 1 });
    expect(availabilityOf(LOW_STOCK_THRESHOLD)).toEqual({ kind: 'low-stock', left: LOW_STOCK_THRESHOLD });
    expect(availabilityOf(LOW_STOCK_THRESHOLD + 1)).toEqual({ kind: 'in-stock' });
  });

  it('caps what one order may hold by stock and by the per-order limit', () => {
    expect(maxQuantity(0)).toBe(0);
    expect(maxQuantity(3)).toBe(3);
    expect(maxQuantity(500)).toBe(MAX_PER_ORDER);
  });

  it('refreshes the product page whenever a stock move changes what it shows, and not for a busy product far above the line', () => {
    const shown = (stock: number) => JSON.stringify([availabilityOf(stock), maxQuantity(stock)]);
    for (let before = 0; before <= 40; before++) {
      for (let after = 0; after <= 40; after++) {
        if (shown(before) !== shown(after)) expect(stockMoveIsVisible(after, after - before), `${before} → ${after}`).toBe(true);
      }
    }
    expect(stockMoveIsVisible(99, -1)).toBe(false); // a checkout took one of 100
    expect(stockMoveIsVisible(101, 1)).toBe(false); // a release put one back
  });
});
