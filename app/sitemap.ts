import type { MetadataRoute } from 'next';
import { listProducts } from '@/lib/catalog/queries';
import { listAuthorSlugs } from '@/lib/content/author-queries';
import { listGuides } from '@/lib/content/guides';
import { ARTICLES_PER_PAGE, listPublishedTags } from '@/lib/content/queries';
import { listPublishedArticleEntries } from '@/lib/content/sitemap-queries';
import { absoluteUrl } from '@/lib/urls';

// Rebuilt in the background at most a minute after content changes, like the pages it lists.
export const revalidate = 60;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const now = new Date();
  const [products, articles, tags, authors, guides] = await Promise.all([
    listProducts(),
    listPublishedArticleEntries(now),
    listPublishedTags(now),
    listAuthorSlugs(),
    listGuides(),
  ]);
  const latest = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined);
  const latestArticle = latest(articles.map((a) => a.updatedAt));
  const pages = (count: number) => Array.from({ length: Math.max(0, Math.ceil(count / ARTICLES_PER_PAGE) - 1) }, (_, i) => i + 2);
  const entry = (path: string, lastModified?: Date, priority?: number): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
    ...(priority ? { priority } : {}),
  });
  return [
    entry('/', latest([...products.map((p) => p.updatedAt), ...(latestArticle ? [latestArticle] : [])]), 1),
    ...products.map((p) => entry(`/products/${p.slug}`, p.updatedAt, 0.9)),
    entry('/blog', latestArticle, 0.8),
    ...pages(articles.length).map((n) => entry(`/blog/page/${n}`, latestArticle)),
    ...tags.flatMap(({ tag, count }) =>
      [1, ...pages(count)].map((n) => entry(`/blog/tag/${encodeURIComponent(tag)}${n > 1 ? `/page/${n}` : ''}`, latestArticle, 0.4)),
    ),
    ...articles.map((a) => entry(`/blog/${a.slug}`, a.updatedAt, 0.7)),
    ...authors.map((slug) => entry(`/authors/${slug}`, undefined, 0.3)),
    entry('/muscles', latest(guides.map((g) => g.updatedAt)), 0.8),
    ...guides.map((g) => entry(`/muscles/${g.slug}`, g.updatedAt, 0.8)),
  ];
}
