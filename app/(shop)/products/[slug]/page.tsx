import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { AddToCartForm } from '@/components/catalog/add-to-cart-form';
import { variantOptions } from '@/components/catalog/variant-options';
import { ProductDetails } from '@/components/catalog/product-details';
import { SafetyRules } from '@/components/content/safety-rules';
import { StorePromises } from '@/components/catalog/store-promises';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { getProduct, listProductSlugs } from '@/lib/catalog/queries';
import { productJsonLd } from '@/lib/seo/json-ld';
import { absoluteUrl } from '@/lib/urls';
import { isSlugParam } from '@/lib/validation/schemas';

// Served from the prerendered copy and refreshed in the background at most a
// minute after a change (staff edits refresh it at once), so shoppers never
// wait on the database here. The cart and checkout read live values.
export const revalidate = 60;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateStaticParams() {
  return (await listProductSlugs()).map((slug) => ({ slug }));
}

/** A segment that is not a slug names no product: a 404 without asking the database (it may hold a NUL). */
async function loadProduct(params: Props['params']) {
  const { slug } = await params;
  return isSlugParam(slug) ? getProduct(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct(params);
  if (!product) return {};
  return {
    title: `${product.name}: ${product.tagline}`,
    description: product.description.slice(0, 155),
    alternates: { canonical: `/products/${product.slug}` },
    openGraph: {
      type: 'website',
      title: product.name,
      description: product.tagline,
      images: [{ url: product.image.src, alt: product.image.alt }],
    },
    twitter: { card: 'summary_large_image', title: product.name, description: product.tagline },
  };
}

export default async function ProductPage({ params }: Props) {
  const product = await loadProduct(params);
  if (!product) notFound();
  return (
    <>
      <JsonLdScript data={productJsonLd(product, absoluteUrl)} />
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:px-6 md:grid-cols-2 md:py-16">
        <div className="flex flex-col gap-4">
          <Image
            src={product.image.src}
            alt={product.image.alt}
            width={800}
            height={800}
            preload
            fetchPriority="high"
            className="w-full rounded-3xl bg-white p-6"
          />
          {product.gallery.map((image) => (
            <Image key={image.src} src={image.src} alt={image.alt} width={800} height={600} className="w-full rounded-3xl bg-white" />
          ))}
        </div>
        <div>
          <h1 className="font-serif text-4xl font-bold">{product.name}</h1>
          <p className="mt-2 text-lg text-ink-soft">{product.tagline}</p>
          <p className="mt-6 text-lg">{product.description}</p>
          <div className="mt-8">
            <AddToCartForm variants={variantOptions(product)} />
          </div>
          <div className="mt-6 rounded-2xl bg-teal-light/60 p-5">
            <StorePromises variant="compact" />
          </div>
          <div className="mt-6">
            <SafetyRules />
          </div>
          <ProductDetails product={product} />
        </div>
      </div>
    </>
  );
}
