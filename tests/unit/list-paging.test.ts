import { describe, expect, it } from 'vitest';
import { listHref, shownRange } from '@/components/staff/list-paging';

describe('staff list URLs', () => {
  it('leaves out empty filters and page 1, and keeps the keys in the order given', () => {
    expect(listHref('/admin/orders', { status: undefined, q: '', from: null })).toBe('/admin/orders');
    expect(listHref('/admin/orders', { status: 'PAID', q: 'jane@' }, 1)).toBe('/admin/orders?status=PAID&q=jane%40');
    expect(listHref('/admin/returns', { olderThan: 7 }, 3)).toBe('/admin/returns?olderThan=7&page=3');
  });
});

describe('which rows a page shows', () => {
  it('counts from the page size on full pages and back from the total on the last', () => {
    expect(shownRange(60, 25, 1, 3)).toEqual([1, 25]);
    expect(shownRange(60, 25, 2, 3)).toEqual([26, 50]);
    expect(shownRange(60, 10, 3, 3)).toEqual([51, 60]);
    expect(shownRange(7, 7, 1, 1)).toEqual([1, 7]);
  });

  it('shows no range past the last page', () => {
    expect(shownRange(60, 0, 9, 3)).toBeNull();
  });
});
