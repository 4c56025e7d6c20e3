import { describe, expect, it } from 'vitest';
import { orderListFilterSchema } from '@/lib/orders/schemas';

describe('listOrdersForStaff', () => {
  it('ignores nonsense in the query string instead of failing', () => {
    expect(orderListFilterSchema.parse({ status: 'LOST', from: 'yesterday', page: '-3' })).toEqual({
      status: undefined,
      q: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });
});
