import type { Availability } from '@/lib/catalog/policy';
import type { Money } from '@/lib/money';

/** What the add-to-cart form needs of each variant (server code builds it; the form is a client island). */
export interface VariantOption {
  /** Posted as the SKU: a stable name, unlike database ids, for pages prerendered elsewhere. */
  sku: string;
  name: string;
  price: Money;
  availability: Availability;
  maxQuantity: number;
}

export function variantOptions(product: { variants: VariantOption[] }): VariantOption[] {
  return product.variants.map(({ sku, name, price, availability, maxQuantity }) => ({ sku, name, price, availability, maxQuantity }));
}
