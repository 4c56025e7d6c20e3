import type { Metadata } from 'next';
import { listPublishedTags } from '@/lib/content/queries';
import { ArticleIndex, articleIndexMetadata } from '../../_components/article-index';

export const revalidate = 60;

interface Props {
  params: Promise<{ tag: string }>;
}

export async function generateStaticParams() {
  return (await listPublishedTags()).map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleIndexMetadata(1, (await params).tag);
}

export default async function TagPage({ params }: Props) {
  return <ArticleIndex page={1} tag={(await params).tag} />;
}
