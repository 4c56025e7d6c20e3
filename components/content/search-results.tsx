import Link from 'next/link';
import type { SearchResultDto } from '@/lib/content/search';

export function SearchResults({ query, results }: { query: string; results: SearchResultDto[] }) {
  return (
    <section aria-labelledby="results-heading" className="mt-10">
      <h2 id="results-heading" className="text-xl font-bold">
        {results.length === 0 ? 'No results' : `${results.length} ${results.length === 1 ? 'result' : 'results'}`} for “{query}”
      </h2>
      {results.length === 0 ? (
        <p className="mt-3 text-ink-soft">
          Try a muscle&apos;s name or another word, or browse <Link href="/blog">all articles</Link> and{' '}
          <Link href="/muscles">the muscle guides</Link>.
        </p>
      ) : (
        <ol className="mt-6 flex flex-col gap-4">
          {results.map((result) => (
            <li key={result.href} className="group relative rounded-2xl border border-line bg-white p-5">
              <p className={`text-sm font-semibold tracking-wide uppercase ${result.type === 'Guide' ? 'text-accent' : 'text-teal-dark'}`}>
                {result.type}
              </p>
              <h3 className="mt-1 text-xl leading-snug font-bold">
                <Link href={result.href} className="text-ink no-underline group-hover:underline after:absolute after:inset-0">
                  {result.title}
                </Link>
              </h3>
              <p className="mt-2 text-ink-soft">{result.excerpt}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
