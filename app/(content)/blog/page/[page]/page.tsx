import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ARTICLES_PER_PAGE } from '@/lib/content/queries';
import { listPublishedSlugs } from '@/lib/content/sitemap-queries';
import { ArticleIndex, articleIndexMetadata, parsePage } from '../../_components/article-index';

export const revalidate = 60;

interface Props {
  params: Promise<{ page: string }>;
}

export async function generateStaticParams() {
  const pages = Math.ceil((await listPublishedSlugs()).length / ARTICLES_PER_PAGE);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePage((await params).page);
  return page ? articleIndexMetadata(page) : {};
}

export default async function BlogPage({ params }: Props) {
  const page = parsePage((await params).page);
  if (!page) notFound();
  // Page 1 lives at /blog.
  if (page === 1) permanentRedirect('/blog');
  return <ArticleIndex page={page} />;
}
