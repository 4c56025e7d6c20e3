import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '@/lib/orders/schemas';
import { isPaidOrLater, PAID_OR_LATER } from '@/lib/orders/policy';

describe('paid or later', () => {
  it('counts paid, shipped and delivered orders as the customer’s', () => {
    expect(PAID_OR_LATER).toEqual(['PAID', 'SHIPPED', 'DELIVERED']);
    expect(['PAID', 'SHIPPED', 'DELIVERED'].every(isPaidOrLater)).toBe(true);
  });

  it('leaves out checkouts that never completed', () => {
    expect(isPaidOrLater('PENDING')).toBe(false);
    expect(isPaidOrLater('CANCELLED')).toBe(false);
  });

  it('sorts every order status one way or the other, and nothing else passes', () => {
    expect(ORDER_STATUSES.filter(isPaidOrLater)).toEqual([...PAID_OR_LATER]);
    expect(isPaidOrLater('paid')).toBe(false);
    expect(isPaidOrLater('')).toBe(false);
  });
});
