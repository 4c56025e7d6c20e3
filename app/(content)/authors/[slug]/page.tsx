import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleGrid } from '@/components/content/article-card';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { getAuthorWithArticles, listAuthorSlugs } from '@/lib/content/author-queries';
import { authorProfileJsonLd } from '@/lib/seo/json-ld';
import { clampDescription, pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/urls';

export const revalidate = 60;

interface Props {
  params: Promise<{ slug: string }>;
}

const loadAuthor = cache((slug: string) => getAuthorWithArticles(slug));

export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await loadAuthor((await params).slug);
  if (!author) return {};
  return pageMetadata({
    title: `${author.name}: who writes here and why`,
    description: clampDescription(author.bio),
    path: `/authors/${author.slug}`,
  });
}

export default async function AuthorPage({ params }: Props) {
  const author = await loadAuthor((await params).slug);
  if (!author) notFound();
  const path = `/authors/${author.slug}`;
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <JsonLdScript data={authorProfileJsonLd(author, absoluteUrl)} />
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Articles', path: '/blog' },
          { name: author.name, path },
        ]}
      />
      <div className="mt-6 flex max-w-3xl flex-col gap-6 sm:flex-row sm:items-start">
        {author.avatar && (
          <Image
            src={author.avatar}
            alt={`Portrait of ${author.name}`}
            width={160}
            height={160}
            className="h-32 w-32 shrink-0 rounded-full bg-teal-light object-cover"
          />
        )}
        <div>
          <p className="font-semibold tracking-wide text-accent uppercase">Who writes here</p>
          <h1 className="mt-1 font-serif text-4xl font-bold">{author.name}</h1>
          <p className="mt-2 text-lg text-ink-soft">{author.title}</p>
          <h2 className="mt-6 text-xl font-bold">Why I write</h2>
          <p className="mt-2 text-lg">{author.bio}</p>
        </div>
      </div>
      <section aria-labelledby="by-author" className="mt-14">
        <h2 id="by-author" className="font-serif text-3xl font-bold">
          Articles by {author.name}
        </h2>
        {author.articles.length === 0 ? (
          <p className="mt-4">Nothing published yet.</p>
        ) : (
          <div className="mt-6">
            <ArticleGrid articles={author.articles} headingLevel="h3" />
          </div>
        )}
      </section>
    </div>
  );
}
