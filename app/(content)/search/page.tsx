import type { Metadata } from 'next';
import { SearchForm } from '@/components/content/search-form';
import { SearchResults } from '@/components/content/search-results';
import { normalizeSearchQuery } from '@/lib/content/search';
import { searchForPage } from '@/lib/content/search-page';
import { pageMetadata } from '@/lib/seo/metadata';

// Results depend on the query, so this page reads the database per request (only when there is a query).
export const dynamic = 'force-dynamic';

interface Props {
  searchParams: Promise<{ q?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normalizeSearchQuery((await searchParams).q);
  return pageMetadata({
    title: query ? `Search results for “${query}”` : 'Search articles and muscle guides',
    description: 'Search the QL Claw articles on lower-back spasms and the guides to the four muscles behind them.',
    path: '/search',
    noIndex: Boolean(query),
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const { query, results, problem } = await searchForPage((await searchParams).q);
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <p className="mt-3 text-lg text-ink-soft">Find an article or a muscle guide by a word in it.</p>
      <SearchForm query={query} />
      {problem ? (
        <p role="alert" className="mt-6 rounded-lg bg-accent-light px-4 py-3 font-medium text-accent">
          {problem}
        </p>
      ) : (
        query && <SearchResults query={query} results={results} />
      )}
    </div>
  );
}
