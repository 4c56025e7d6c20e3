import Image from 'next/image';
import Link from 'next/link';
import { AddToCartForm } from '@/components/catalog/add-to-cart-form';
import { variantOptions } from '@/components/catalog/variant-options';
import { Price } from '@/components/catalog/price';
import { StockNote } from '@/components/catalog/stock-note';
import { StorePromises } from '@/components/catalog/store-promises';
import type { ProductDto } from '@/lib/catalog/queries';

/** Where an article or guide pairs with the tool: picture, price, stock and "Add to cart". */
export function ProductPanel({
  product,
  heading = 'Give these muscles a deep massage yourself',
}: {
  product: ProductDto | null;
  heading?: string;
}) {
  if (!product) return null;
  const first = product.variants.find((v) => v.maxQuantity > 0) ?? product.variants[0];
  return (
    <section aria-labelledby="product-panel" className="mt-12 rounded-3xl border border-line bg-white p-5 shadow-sm sm:p-8">
      <div className="grid gap-6 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Image
          src={product.image.src}
          alt={product.image.alt}
          width={600}
          height={600}
          className="mx-auto w-full max-w-64 rounded-2xl bg-sand p-4"
        />
        <div className="min-w-0">
          <h2 id="product-panel" className="font-serif text-2xl font-bold">
            {heading}
          </h2>
          <p className="mt-2 text-ink-soft">
            <Link href={`/products/${product.slug}`} className="font-semibold">
              {product.name}
            </Link>
            : {product.tagline}
          </p>
          <p className="mt-3 text-lg">
            from <Price money={product.fromPrice} className="font-bold" />
            {first && (
              <>
                {' · '}
                <StockNote availability={first.availability} />
              </>
            )}
          </p>
          <div className="mt-5">
            <AddToCartForm variants={variantOptions(product)} />
          </div>
          <div className="mt-5 rounded-2xl bg-teal-light/60 p-4">
            <StorePromises variant="compact" />
          </div>
        </div>
      </div>
    </section>
  );
}
