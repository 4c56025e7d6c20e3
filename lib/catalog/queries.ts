import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Money } from '@/lib/money';

export interface VariantDto {
  id: string;
  sku: string;
  name: string;
  unitsPerPack: number;
  price: Money;
  stock: number;
}

export interface ProductDto {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  image: { src: string; alt: string };
  variants: VariantDto[];
  /** The lowest variant price: what "from" prices and teasers show. */
  fromPrice: Money;
}

const productSelect = {
  slug: true,
  name: true,
  tagline: true,
  description: true,
  imagePath: true,
  imageAlt: true,
  variants: {
    select: { id: true, sku: true, name: true, unitsPerPack: true, priceCents: true, currency: true, stock: true },
    orderBy: { position: 'asc' },
  },
} as const;

export async function getProduct(slug: string, client: DbOrTx = db): Promise<ProductDto | null> {
  const row = await client.product.findUnique({ where: { slug }, select: productSelect });
  if (!row || row.variants.length === 0) return null;
  const variants = row.variants.map((v) => ({
    id: v.id,
    sku: v.sku,
    name: v.name,
    unitsPerPack: v.unitsPerPack,
    price: { amount: v.priceCents, currency: v.currency },
    stock: v.stock,
  }));
  const cheapest = variants.reduce((low, v) => (v.price.amount < low.price.amount ? v : low));
  return {
    slug: row.slug,
    name: row.name,
    tagline: row.tagline,
    description: row.description,
    image: { src: row.imagePath, alt: row.imageAlt },
    variants,
    fromPrice: cheapest.price,
  };
}

export async function getProductOrThrow(slug: string, client: DbOrTx = db): Promise<ProductDto> {
  const product = await getProduct(slug, client);
  if (!product) throw new AppError('NOT_FOUND', `product ${slug} not found`);
  return product;
}

export async function listProductSlugs(client: DbOrTx = db): Promise<string[]> {
  const rows = await client.product.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((r) => r.slug);
}

/** Every product with its variants, for the staff catalogue view. */
export async function listProducts(client: DbOrTx = db): Promise<ProductDto[]> {
  const slugs = await listProductSlugs(client);
  const products = await Promise.all(slugs.map((slug) => getProduct(slug, client)));
  return products.filter((p): p is ProductDto => p !== null);
}
