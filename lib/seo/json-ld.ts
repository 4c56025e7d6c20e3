import type { ProductDto } from '@/lib/catalog/queries';
import { toDecimalString } from '@/lib/money';

/**
 * Structured data built from typed objects and serialised so that nothing in
 * the data (a product name with "</script>" in it, say) can end the script
 * element it is embedded in.
 */
export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const AVAILABILITY = {
  'in-stock': 'https://schema.org/InStock',
  'low-stock': 'https://schema.org/LimitedAvailability',
  'out-of-stock': 'https://schema.org/OutOfStock',
} as const;

export function productJsonLd(product: ProductDto, absolute: (path: string) => string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.tagline,
    image: [absolute(product.image.src), ...product.gallery.map((g) => absolute(g.src))],
    brand: { '@type': 'Brand', name: 'QL Claw' },
    url: absolute(`/products/${product.slug}`),
    offers: product.variants.map((variant) => ({
      '@type': 'Offer',
      sku: variant.sku,
      name: variant.name,
      price: toDecimalString(variant.price),
      priceCurrency: variant.price.currency,
      availability: AVAILABILITY[variant.availability.kind],
      url: absolute(`/products/${product.slug}`),
      itemCondition: 'https://schema.org/NewCondition',
      hasMerchantReturnPolicy: {
        '@type': 'MerchantReturnPolicy',
        returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
        merchantReturnDays: 60,
        returnFees: 'https://schema.org/FreeReturn',
      },
    })),
  };
}
