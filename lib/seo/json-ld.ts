import type { ProductDto } from '@/lib/catalog/queries';
import { toDecimalString } from '@/lib/money';
import { site, storeTerms, supportHours } from '@/lib/site';

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
        merchantReturnDays: storeTerms.guaranteeDays,
        // The customer pays return postage unless the store was at fault (lib/returns/guarantee-terms.ts).
        returnFees: storeTerms.returnsAreFree ? 'https://schema.org/FreeReturn' : 'https://schema.org/ReturnFeesCustomerResponsibility',
      },
    })),
  };
}

type Absolute = (path: string) => string;

const LOGO_PATH = '/images/ql-claw.svg';

/** The store as a publisher: on the home page, and inside every article's data. */
export function organizationJsonLd(absolute: Absolute): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...organization(absolute),
    description: site.description,
    email: site.supportEmail,
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: 'customer support',
      email: site.supportEmail,
      availableLanguage: 'en',
      hoursAvailable: {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: supportHours.dayNames.map((day) => `https://schema.org/${day}`),
        opens: supportHours.opens,
        closes: supportHours.closes,
      },
    },
  };
}

function organization(absolute: Absolute) {
  return {
    '@type': 'Organization' as const,
    '@id': absolute('/#organization'),
    name: site.name,
    url: absolute('/'),
    logo: { '@type': 'ImageObject', url: absolute(LOGO_PATH) },
  };
}

export interface BreadcrumbItem {
  name: string;
  path: string;
}

export function breadcrumbJsonLd(items: BreadcrumbItem[], absolute: Absolute): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: absolute(item.path) })),
  };
}

export interface BlogPostingInput {
  slug: string;
  title: string;
  description: string;
  publishedAt: Date;
  updatedAt: Date;
  images: string[];
  tags: string[];
  author: { slug: string; name: string } | null;
}

export function blogPostingJsonLd(article: BlogPostingInput, absolute: Absolute): JsonLd {
  const url = absolute(`/blog/${article.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description: article.description,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: article.author
      ? { '@type': 'Person', name: article.author.name, url: absolute(`/authors/${article.author.slug}`) }
      : organization(absolute),
    publisher: organization(absolute),
    image: article.images.map(absolute),
    keywords: article.tags.join(', '),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  };
}

export interface GuideArticleInput {
  slug: string;
  title: string;
  name: string;
  description: string;
  updatedAt: Date;
  images: string[];
}

/** A muscle guide is general information, not a medical page: plain Article, about the muscle. */
export function guideArticleJsonLd(guide: GuideArticleInput, absolute: Absolute): JsonLd {
  const url = absolute(`/muscles/${guide.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: guide.title,
    description: guide.description,
    dateModified: guide.updatedAt.toISOString(),
    about: { '@type': 'Muscle', name: guide.name },
    author: organization(absolute),
    publisher: organization(absolute),
    image: guide.images.map(absolute),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  };
}

export function authorProfileJsonLd(author: { slug: string; name: string; title: string; bio: string }, absolute: Absolute): JsonLd {
  const url = absolute(`/authors/${author.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: {
      '@type': 'Person',
      '@id': `${url}#person`,
      name: author.name,
      jobTitle: author.title,
      description: author.bio,
      url,
      worksFor: organization(absolute),
    },
  };
}
