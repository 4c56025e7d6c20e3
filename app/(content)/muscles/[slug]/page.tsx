import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleGrid } from '@/components/content/article-card';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { MedicalNotice } from '@/components/content/medical-notice';
import { ProductPanel } from '@/components/content/product-panel';
import { TableOfContents } from '@/components/content/table-of-contents';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { getProduct } from '@/lib/catalog/queries';
import { getGuide, listGuideSlugs } from '@/lib/content/guides';
import { listArticlesForMuscle } from '@/lib/content/queries';
import { guideArticleJsonLd } from '@/lib/seo/json-ld';
import { clampDescription, pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/urls';

export const revalidate = 60;

interface Props {
  params: Promise<{ slug: string }>;
}

const loadGuide = cache((slug: string) => getGuide(slug));

export async function generateStaticParams() {
  return (await listGuideSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await loadGuide((await params).slug);
  if (!guide) return {};
  return pageMetadata({
    title: guide.seoTitle ?? guide.title,
    description: clampDescription(guide.seoDescription ?? guide.excerpt),
    path: `/muscles/${guide.slug}`,
  });
}

export default async function GuidePage({ params }: Props) {
  const guide = await loadGuide((await params).slug);
  if (!guide) notFound();
  const [articles, product] = await Promise.all([listArticlesForMuscle(guide.slug), getProduct('ql-claw')]);
  const path = `/muscles/${guide.slug}`;
  return (
    <article className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <JsonLdScript
        data={guideArticleJsonLd(
          { ...guide, description: guide.seoDescription ?? guide.excerpt, images: [guide.illustration.src] },
          absoluteUrl,
        )}
      />
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Muscles', path: '/muscles' },
          { name: guide.name, path },
        ]}
      />
      <p className="mt-6 font-semibold tracking-wide text-accent uppercase">Muscle guide · {guide.shortName}</p>
      <h1 className="mt-1 font-serif text-4xl leading-tight font-bold sm:text-5xl">{guide.title}</h1>
      <p className="mt-4 text-lg text-ink-soft">{guide.excerpt}</p>
      <figure className="mt-8">
        <Image
          src={guide.illustration.src}
          alt={guide.illustration.alt}
          width={600}
          height={600}
          preload
          fetchPriority="high"
          className="mx-auto w-full max-w-md rounded-3xl border border-line bg-sand"
        />
        <figcaption className="mt-2 text-center text-sm text-ink-soft">The {guide.name.toLowerCase()}, highlighted.</figcaption>
      </figure>
      <TableOfContents headings={guide.headings} />
      <div className="prose-store mt-8" dangerouslySetInnerHTML={{ __html: guide.html }} />
      <MedicalNotice subject="This guide" />
      {articles.length > 0 && (
        <section aria-labelledby="mentions" className="mt-12">
          <h2 id="mentions" className="font-serif text-2xl font-bold">
            Articles that mention the {guide.name}
          </h2>
          <div className="mt-6">
            <ArticleGrid articles={articles} headingLevel="h3" columns={2} />
          </div>
        </section>
      )}
      <ProductPanel product={product} heading={`Reach the ${guide.name.toLowerCase()} yourself`} />
    </article>
  );
}
