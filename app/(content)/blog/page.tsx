import type { Metadata } from 'next';
import { ArticleCard } from '@/components/content/article-card';
import { listPublishedArticles } from '@/lib/content/queries';

export const revalidate = 60;

export const metadata: Metadata = {
  title: 'Articles on lower-back spasms and the muscles behind them',
  description: 'Plain-spoken guides to why the lower back locks up, the four muscles involved, and how to release them.',
  alternates: { canonical: '/blog' },
};

export default async function BlogIndexPage() {
  const articles = await listPublishedArticles();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Articles</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-soft">
        What I have learned about lower-back spasms, the muscles behind them, and how to get them to let go.
      </p>
      {articles.length === 0 ? (
        <p className="mt-10">No articles yet. Check back soon.</p>
      ) : (
        <div className="mt-10 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {articles.map((article) => (
            <ArticleCard key={article.slug} article={article} headingLevel="h2" />
          ))}
        </div>
      )}
    </div>
  );
}
