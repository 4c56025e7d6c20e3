import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { Price } from '@/components/catalog/price';
import { StorePromises } from '@/components/catalog/store-promises';
import { getProduct, listProductSlugs } from '@/lib/catalog/queries';

// Served from the prerendered copy and refreshed in the background at most a
// minute after a change, so shoppers never wait on the database here.
export const revalidate = 60;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateStaticParams() {
  return (await listProductSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct((await params).slug);
  if (!product) return {};
  return {
    title: product.name,
    description: product.tagline,
    alternates: { canonical: `/products/${product.slug}` },
    openGraph: { title: product.name, description: product.tagline, images: [{ url: product.image.src, alt: product.image.alt }] },
  };
}

export default async function ProductPage({ params }: Props) {
  const product = await getProduct((await params).slug);
  if (!product) notFound();
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:px-6 md:grid-cols-2 md:py-16">
      <Image src={product.image.src} alt={product.image.alt} width={800} height={800} priority className="w-full rounded-3xl bg-white p-6" />
      <div>
        <h1 className="font-serif text-4xl font-bold">{product.name}</h1>
        <p className="mt-2 text-lg text-ink-soft">{product.tagline}</p>
        <ul aria-label="Options" className="mt-6 divide-y divide-line rounded-2xl border border-line bg-white">
          {product.variants.map((variant) => (
            <li key={variant.sku} className="flex items-center justify-between gap-4 p-4" data-sku={variant.sku}>
              <span className="font-semibold">{variant.name}</span>
              <Price money={variant.price} className="text-xl font-bold" />
            </li>
          ))}
        </ul>
        <p className="mt-6 text-lg">{product.description}</p>
        <div className="mt-8 rounded-2xl bg-teal-light/60 p-5">
          <StorePromises variant="compact" />
        </div>
      </div>
    </div>
  );
}
