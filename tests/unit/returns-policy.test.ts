import { describe, expect, it } from 'vitest';
import { refundAmount, returnWindow } from '@/lib/returns/policy';

const delivered = (deliveredAt: string) => ({
  status: 'DELIVERED',
  shippedAt: new Date('2026-02-20T10:00:00Z'),
  deliveredAt: new Date(deliveredAt),
});

describe('the 60-day return window', () => {
  it('accepts day 60 and refuses day 61, counted in calendar days of the store time zone (UTC)', () => {
    const order = delivered('2026-03-01T18:30:00Z');
    expect(returnWindow(order, new Date('2026-03-01T20:00:00Z'))).toMatchObject({ open: true, daysLeft: 60 });
    expect(returnWindow(order, new Date('2026-04-30T23:59:59Z'))).toMatchObject({ open: true, daysLeft: 0 });
    expect(returnWindow(order, new Date('2026-05-01T00:00:00Z'))).toMatchObject({ open: false, reason: 'expired' });
  });

  it('starts from shipping plus 14 days when no delivery date is known, and is closed before shipping or payment', () => {
    const shippedOnly = { status: 'SHIPPED', shippedAt: new Date('2026-03-01T09:00:00Z'), deliveredAt: null };
    expect(returnWindow(shippedOnly, new Date('2026-05-14T12:00:00Z'))).toMatchObject({ open: true, daysLeft: 0, from: 'shipped' });
    expect(returnWindow(shippedOnly, new Date('2026-05-15T00:00:00Z'))).toMatchObject({ open: false, reason: 'expired' });
    expect(returnWindow({ status: 'PAID', shippedAt: null, deliveredAt: null }, new Date())).toEqual({
      open: false,
      reason: 'not-shipped',
    });
    expect(returnWindow({ status: 'PENDING', shippedAt: null, deliveredAt: null }, new Date())).toEqual({
      open: false,
      reason: 'not-paid',
    });
  });
});

describe('refund amounts', () => {
  const order = {
    subtotalCents: 9800,
    shippingCents: 1500,
    discountCents: 980,
    taxCents: 400,
    totalCents: 9800 + 1500 - 980 + 400,
    refundedCents: 0,
  };

  it('pays back the units with their share of discount and tax, and shipping only when the store was at fault', () => {
    expect(refundAmount(order, 4900, false)).toBe(4900 - 490 + 200);
    expect(refundAmount(order, 4900, true)).toBe(4900 - 490 + 200 + 750);
  });

  it('never pays back more than is left on the order across returns', () => {
    const first = refundAmount(order, 4900, true);
    const second = refundAmount({ ...order, refundedCents: first }, 4900, true);
    expect(first + second).toBe(order.totalCents);
    expect(refundAmount({ ...order, refundedCents: order.totalCents }, 4900, true)).toBe(0);
  });
});
