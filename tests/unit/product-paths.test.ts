import { describe, expect, it } from 'vitest';
import { productPaths } from '@/lib/catalog/service';

describe('updateProduct', () => {
  it('names the public pages to refresh', () => {
    expect(productPaths('ql-claw')).toEqual(['/', '/products/ql-claw']);
  });
});
