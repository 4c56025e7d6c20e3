import { listPublishedArticles } from '@/lib/content/queries';
import { RSS_PATH, rssFeedXml } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { absoluteUrl } from '@/lib/urls';

// Built like the pages: prerendered and refreshed at most a minute after a change.
export const revalidate = 60;

export async function GET(): Promise<Response> {
  const articles = await listPublishedArticles({ limit: 50 });
  const xml = rssFeedXml({
    title: `${site.name} articles`,
    url: absoluteUrl('/blog'),
    feedUrl: absoluteUrl(RSS_PATH),
    description: 'Plain-spoken articles on lower-back spasms, the muscles behind them, and how to release them.',
    items: articles.map((article) => ({
      title: article.title,
      url: absoluteUrl(`/blog/${article.slug}`),
      description: article.excerpt,
      publishedAt: article.publishedAt,
      categories: article.tags,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
