import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Money } from '@/lib/money';
import { availabilityOf, maxQuantity, type Availability } from './policy';
import { faqSchema, usageSchema, type FaqEntry, type UsageEntry } from './schemas';

export interface VariantDto {
  id: string;
  sku: string;
  name: string;
  unitsPerPack: number;
  price: Money;
  stock: number;
  availability: Availability;
  maxQuantity: number;
  image: string | null;
}

export interface ProductDto {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  image: { src: string; alt: string };
  gallery: { src: string; alt: string }[];
  inTheBox: string[];
  dimensions: string;
  materials: string;
  faq: FaqEntry[];
  usage: UsageEntry[];
  variants: VariantDto[];
  /** The lowest variant price: what "from" prices and teasers show. */
  fromPrice: Money;
  updatedAt: Date;
}

const productSelect = {
  slug: true,
  name: true,
  tagline: true,
  description: true,
  imagePath: true,
  imageAlt: true,
  inTheBox: true,
  dimensions: true,
  materials: true,
  faq: true,
  usage: true,
  updatedAt: true,
  images: { select: { src: true, alt: true }, orderBy: { position: 'asc' } },
  variants: {
    select: {
      id: true,
      sku: true,
      name: true,
      unitsPerPack: true,
      priceCents: true,
      currency: true,
      stock: true,
      imagePath: true,
      updatedAt: true,
    },
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
    availability: availabilityOf(v.stock),
    maxQuantity: maxQuantity(v.stock),
    image: v.imagePath,
  }));
  const cheapest = variants.reduce((low, v) => (v.price.amount < low.price.amount ? v : low));
  const latestVariantChange = Math.max(...row.variants.map((v) => v.updatedAt.getTime()));
  return {
    slug: row.slug,
    name: row.name,
    tagline: row.tagline,
    description: row.description,
    image: { src: row.imagePath, alt: row.imageAlt },
    gallery: row.images,
    inTheBox: row.inTheBox,
    dimensions: row.dimensions,
    materials: row.materials,
    faq: faqSchema.catch([]).parse(row.faq),
    usage: usageSchema.catch([]).parse(row.usage),
    variants,
    fromPrice: cheapest.price,
    updatedAt: new Date(Math.max(row.updatedAt.getTime(), latestVariantChange)),
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
