import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
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
              <Icon name="search" className="h-5 w-5" />
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
