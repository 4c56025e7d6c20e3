import Image from 'next/image';
import Link from 'next/link';
import type { ArticleSummaryDto } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';
import { TagLinks } from './tag-links';

export function ArticleCard({ article, headingLevel: Heading = 'h3' }: { article: ArticleSummaryDto; headingLevel?: 'h2' | 'h3' }) {
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl border border-line bg-white shadow-sm transition hover:shadow-md">
      {article.coverImage && (
        <Image src={article.coverImage} alt="" width={1200} height={630} className="aspect-[1200/630] w-full bg-teal-light object-cover" />
      )}
      <div className="flex flex-1 flex-col gap-2 p-5">
        <p className="text-sm text-ink-soft">
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time> · {article.readingMinutes} min read
        </p>
        <Heading className="text-xl leading-snug font-bold">
          <Link href={`/blog/${article.slug}`} className="text-ink no-underline group-hover:underline after:absolute after:inset-0">
            {article.title}
          </Link>
        </Heading>
        <p className="text-ink-soft">{article.excerpt}</p>
        <div className="mt-auto pt-2">
          <TagLinks tags={article.tags} label={`Tags for ${article.title}`} />
        </div>
      </div>
    </article>
  );
}

export function ArticleGrid({
  articles,
  headingLevel = 'h2',
  columns = 3,
}: {
  articles: ArticleSummaryDto[];
  headingLevel?: 'h2' | 'h3';
  /** Most columns on a wide screen: 2 inside a reading-width column. */
  columns?: 2 | 3;
}) {
  return (
    <div className={`grid gap-6 md:grid-cols-2 ${columns === 3 ? 'lg:grid-cols-3' : ''}`}>
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
