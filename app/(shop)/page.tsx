import Image from 'next/image';
import Link from 'next/link';
import { Price } from '@/components/catalog/price';
import { ArticleCard } from '@/components/content/article-card';
import { MuscleGrid } from '@/components/content/muscle-grid';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { getProductOrThrow } from '@/lib/catalog/queries';
import { listPublishedArticles } from '@/lib/content/queries';
import { organizationJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { absoluteUrl } from '@/lib/urls';

export const revalidate = 60;

export const metadata = pageMetadata({
  title: site.title,
  description: site.description,
  path: '/',
  absoluteTitle: true,
});

export default async function HomePage() {
  const [product, articles] = await Promise.all([getProductOrThrow('ql-claw'), listPublishedArticles({ limit: 3 })]);
  return (
    <>
      <JsonLdScript data={organizationJsonLd(absoluteUrl)} />
      <section className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-12 sm:px-6 md:grid-cols-2 md:py-20">
        <div>
          <p className="font-semibold tracking-wide text-accent uppercase">For the back that locks up</p>
          <h1 className="mt-3 font-serif text-4xl leading-tight font-bold sm:text-5xl">{product.tagline}</h1>
          <p className="mt-5 text-lg text-ink-soft">
            {product.name} lets you give deep, steady pressure to four muscles that often tighten around an aching lower back, in spots your
            hands and a foam roller can&apos;t reach. The front of the hip takes light pressure only: read{' '}
            <Link href="/products/ql-claw#who-shouldnt-use-it">who shouldn&apos;t use it</Link> first.
          </p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <Link
              href={`/products/${product.slug}`}
              className="rounded-full bg-teal px-7 py-3 text-lg font-semibold text-white no-underline shadow hover:bg-teal-dark"
            >
              Shop {product.name}
            </Link>
            <p className="text-lg">
              from <Price money={product.fromPrice} className="font-bold" />
            </p>
          </div>
        </div>
        <Image
          src={product.image.src}
          alt={product.image.alt}
          width={800}
          height={800}
          preload
          fetchPriority="high"
          className="mx-auto w-full max-w-md"
        />
      </section>

      <section aria-labelledby="story" className="bg-white">
        <div className="mx-auto max-w-3xl px-4 py-14 sm:px-6">
          <h2 id="story" className="font-serif text-3xl font-bold">
            Why I made it
          </h2>
          <p className="mt-4 text-lg">
            For years my lower back went into spasm a few times a year, and in between it never quite let go. The culprit was usually the
            same handful of deep muscles. Balls rolled away, massage guns skated over the top, and my thumbs gave up long before the knot
            did.
          </p>
          <p className="mt-4 text-lg">
            So I built the tool I wanted: a long handle for leverage and a rounded hook that sinks into the spot and stays there while you
            breathe. That is QL Claw. It is not a medical device, just a very good way to give those muscles a deep, patient massage on your
            own.
          </p>
        </div>
      </section>

      <section aria-labelledby="muscles" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 id="muscles" className="font-serif text-3xl font-bold">
          Four muscles, one tool
        </h2>
        <p className="mt-3 max-w-2xl text-lg text-ink-soft">
          These four often come up when a lower back locks up; they did for me. QL Claw is shaped to reach all four.
        </p>
        <MuscleGrid />
        <p className="mt-6">
          <Link href="/muscles" className="font-semibold">
            All four muscle guides
          </Link>
        </p>
      </section>

      {articles.length > 0 && (
        <section aria-labelledby="latest" className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id="latest" className="font-serif text-3xl font-bold">
              Latest articles
            </h2>
            <Link href="/blog" className="font-semibold">
              All articles
            </Link>
          </div>
          <div className="mt-6 grid gap-6 md:grid-cols-3">
            {articles.map((article) => (
              <ArticleCard key={article.slug} article={article} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
