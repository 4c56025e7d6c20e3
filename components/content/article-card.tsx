import Image from 'next/image';
import Link from 'next/link';
import type { ArticleSummaryDto } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';

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
        <Heading className="text-xl font-bold leading-snug">
          <Link href={`/blog/${article.slug}`} className="text-ink no-underline after:absolute after:inset-0 group-hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="text-ink-soft">{article.excerpt}</p>
      </div>
    </article>
  );
}
