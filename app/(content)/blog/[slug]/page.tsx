import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ArticleGrid } from '@/components/content/article-card';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { MedicalNotice } from '@/components/content/medical-notice';
import { MuscleLinks } from '@/components/content/muscle-links';
import { ProductPanel } from '@/components/content/product-panel';
import { TableOfContents } from '@/components/content/table-of-contents';
import { TagLinks } from '@/components/content/tag-links';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { getProduct } from '@/lib/catalog/queries';
import { listGuides } from '@/lib/content/guides';
import { getPublishedArticle, getRedirectTarget, listRelatedArticles } from '@/lib/content/queries';
import { listPublishedSlugs } from '@/lib/content/sitemap-queries';
import { formatDate } from '@/lib/dates';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { clampDescription, pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/urls';

// Prerendered for every published slug and refreshed at most a minute after a
// change: readers never wait on the database here.
export const revalidate = 60;

const FALLBACK_IMAGE = '/images/ql-claw-in-use.svg';

interface Props {
  params: Promise<{ slug: string }>;
}

const loadArticle = cache((slug: string) => getPublishedArticle(slug));

export async function generateStaticParams() {
  return (await listPublishedSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.seoTitle ?? article.title,
    description: clampDescription(article.seoDescription ?? article.excerpt),
    path: `/blog/${article.slug}`,
    feed: true,
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authorUrl: article.author ? absoluteUrl(`/authors/${article.author.slug}`) : undefined,
      tags: article.tags,
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (!article) {
    const current = await getRedirectTarget(slug);
    if (current) permanentRedirect(`/blog/${current}`);
    notFound();
  }
  const [related, guides, product] = await Promise.all([listRelatedArticles(article), listGuides(), getProduct('ql-claw')]);
  const articleGuides = guides.filter((g) => article.muscles.includes(g.slug));
  const updated = formatDate(article.updatedAt) !== formatDate(article.publishedAt);
  const path = `/blog/${article.slug}`;
  return (
    <article className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <JsonLdScript
        data={blogPostingJsonLd(
          {
            ...article,
            description: article.seoDescription ?? article.excerpt,
            images: [article.coverImage ?? FALLBACK_IMAGE],
          },
          absoluteUrl,
        )}
      />
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Articles', path: '/blog' },
          { name: article.title, path },
        ]}
      />
      <h1 className="mt-4 font-serif text-4xl leading-tight font-bold sm:text-5xl">{article.title}</h1>
      <p className="mt-4 text-ink-soft">
        {article.author && (
          <>
            By{' '}
            <Link href={`/authors/${article.author.slug}`} rel="author" className="font-semibold">
              {article.author.name}
            </Link>
            {' · '}
          </>
        )}
        Published <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        {updated && (
          <>
            {' · '}Updated <time dateTime={article.updatedAt.toISOString()}>{formatDate(article.updatedAt)}</time>
          </>
        )}
        {' · '}
        {article.readingMinutes} min read
      </p>
      <div className="mt-4">
        <TagLinks tags={article.tags} />
      </div>
      <TableOfContents headings={article.headings} />
      <div className="prose-store mt-8" dangerouslySetInnerHTML={{ __html: article.html }} />
      <MedicalNotice />
      <MuscleLinks guides={articleGuides} />
      <ProductPanel product={product} />
      {related.length > 0 && (
        <section aria-labelledby="related" className="mt-12">
          <h2 id="related" className="font-serif text-2xl font-bold">
            Related articles
          </h2>
          <div className="mt-6">
            <ArticleGrid articles={related} headingLevel="h3" columns={2} />
          </div>
        </section>
      )}
    </article>
  );
}
