import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MedicalNotice } from '@/components/content/medical-notice';
import { getPublishedArticle, listPublishedSlugs } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';

export const revalidate = 60;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateStaticParams() {
  return (await listPublishedSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticle((await params).slug);
  if (!article) return {};
  const description = article.seoDescription ?? article.excerpt;
  return {
    title: article.seoTitle ?? article.title,
    description,
    alternates: { canonical: `/blog/${article.slug}` },
    openGraph: { type: 'article', title: article.title, description, publishedTime: article.publishedAt.toISOString() },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getPublishedArticle((await params).slug);
  if (!article) notFound();
  return (
    <article className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <p className="text-sm">
        <Link href="/blog">Articles</Link>
      </p>
      <h1 className="mt-3 font-serif text-4xl leading-tight font-bold sm:text-5xl">{article.title}</h1>
      <p className="mt-4 text-ink-soft">
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time> · {article.readingMinutes} min read
      </p>
      <div className="prose-store mt-8" dangerouslySetInnerHTML={{ __html: article.html }} />
      <MedicalNotice />
    </article>
  );
}
