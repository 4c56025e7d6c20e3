import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { tagPath } from '@/components/content/tag-links';
import { ARTICLES_PER_PAGE, listPublishedTags } from '@/lib/content/queries';
import { ArticleIndex, articleIndexMetadata, parsePage } from '../../../../_components/article-index';

export const revalidate = 60;

interface Props {
  params: Promise<{ tag: string; page: string }>;
}

export async function generateStaticParams() {
  return (await listPublishedTags()).flatMap(({ tag, count }) =>
    Array.from({ length: Math.max(0, Math.ceil(count / ARTICLES_PER_PAGE) - 1) }, (_, i) => ({ tag, page: String(i + 2) })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  const n = parsePage(page);
  return n ? articleIndexMetadata(n, tag) : {};
}

export default async function TagPagePaged({ params }: Props) {
  const { tag, page } = await params;
  const n = parsePage(page);
  if (!n) notFound();
  if (n === 1) permanentRedirect(tagPath(tag));
  return <ArticleIndex page={n} tag={tag} />;
}
