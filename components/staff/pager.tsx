import Link from 'next/link';

/** Previous and next links under a staff list; nothing when it fits on one page. `href(n)` builds page n's URL. */
export function Pager({ label, page, pages, href }: { label: string; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
