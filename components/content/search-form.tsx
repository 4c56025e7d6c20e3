import { Button } from '@/components/ui/button';
import { SEARCH_QUERY_MAX_LENGTH } from '@/lib/content/schemas';

/**
 * A plain GET form to /search: works without JavaScript. `compact` is the
 * header's version, with a visually hidden label; ids differ so both can be on one page.
 */
export function SearchForm({ query = '', compact = false }: { query?: string; compact?: boolean }) {
  const id = compact ? 'site-search-q' : 'search-q';
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={compact ? 'Site' : 'Articles and guides'}
      className={compact ? 'w-full lg:w-64' : 'mt-6'}
    >
      <label htmlFor={id} className={compact ? 'sr-only' : 'mb-1.5 block font-semibold'}>
        Search articles and muscle guides
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={query}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          placeholder={compact ? 'Search' : 'e.g. psoas, desk posture, lifting'}
          autoComplete="off"
          enterKeyHint="search"
          className={`min-h-11 w-full min-w-0 flex-1 rounded-full border border-ink-soft/40 bg-white px-4 text-base ${compact ? 'py-1.5' : 'py-2'}`}
        />
        <Button type="submit" className={compact ? 'min-w-11 shrink-0 px-3' : 'shrink-0'}>
          {compact ? (
            <>
              <svg viewBox="0 0 20 20" className="h-5 w-5" aria-hidden="true" focusable="false">
                <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
                <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
              <span className="sr-only">Search</span>
            </>
          ) : (
            'Search'
          )}
        </Button>
      </div>
    </form>
  );
}
