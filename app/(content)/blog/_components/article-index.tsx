import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleGrid } from '@/components/content/article-card';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { Pagination } from '@/components/content/pagination';
import { formatTag, tagPath, TagLinks } from '@/components/content/tag-links';
import { listArticlesPage, listPublishedTags } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';

/** The article index shared by /blog, /blog/page/[page] and the tag pages. */
export function indexPath(page: number, tag?: string): string {
  if (tag) return tagPath(tag, page);
  return page > 1 ? `/blog/page/${page}` : '/blog';
}

/** "2" → 2; anything but a plain positive whole number → null (a 404). */
export function parsePage(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

export function articleIndexMetadata(page: number, tag?: string): Metadata {
  const topic = tag ? formatTag(tag) : null;
  const base = topic ? `Articles about ${topic.toLowerCase()}` : 'Articles on lower-back spasms and the muscles behind them';
  const description = topic
    ? `Everything I have written on ${topic.toLowerCase()}: plain-spoken articles on lower-back spasms, the muscles behind them and how to release them.`
    : 'Plain-spoken articles on why the lower back locks up, the four muscles involved, and how to release them.';
  return pageMetadata({
    title: page > 1 ? `${base}, page ${page}` : base,
    description: page > 1 ? `Page ${page}. ${description}` : description,
    path: indexPath(page, tag),
    feed: true,
  });
}

export async function ArticleIndex({ page, tag }: { page: number; tag?: string }) {
  const [list, tags] = await Promise.all([listArticlesPage({ page, tag }), listPublishedTags()]);
  if (page > list.totalPages || (tag && list.total === 0)) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      {tag ? (
        <>
          <Breadcrumbs
            items={[
              { name: 'Home', path: '/' },
              { name: 'Articles', path: '/blog' },
              { name: formatTag(tag), path: tagPath(tag) },
            ]}
          />
          <p className="mt-6 font-semibold tracking-wide text-accent uppercase">Articles tagged</p>
          <h1 className="mt-1 font-serif text-4xl font-bold">{formatTag(tag)}</h1>
        </>
      ) : (
        <>
          <h1 className="font-serif text-4xl font-bold">Articles</h1>
          <p className="mt-3 max-w-2xl text-lg text-ink-soft">
            What I have learned about lower-back spasms, the muscles behind them, and how to get them to let go.
          </p>
        </>
      )}
      {list.totalPages > 1 && (
        <p className="mt-3 text-ink-soft">
          Page {list.page} of {list.totalPages}
        </p>
      )}
      {list.articles.length === 0 ? (
        <p className="mt-10">No articles yet. Check back soon.</p>
      ) : (
        <div className="mt-10">
          <ArticleGrid articles={list.articles} />
        </div>
      )}
      <Pagination page={list.page} totalPages={list.totalPages} href={(n) => indexPath(n, tag)} />
      {tags.length > 0 && (
        <section aria-labelledby="topics" className="mt-14">
          <h2 id="topics" className="text-xl font-bold">
            Browse by topic
          </h2>
          <div className="mt-4">
            <TagLinks tags={tags.map((t) => t.tag)} label="Topics" />
          </div>
        </section>
      )}
      <p className="mt-10 text-sm text-ink-soft">
        Follow new articles with the <a href="/blog/rss.xml">RSS feed</a>.
      </p>
    </div>
  );
}
