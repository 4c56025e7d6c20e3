import Link from 'next/link';

/** Numbered pages with previous/next; `href(n)` builds the URL of page n (page 1 has no /page/1). */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1);
  const link =
    'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-line bg-white px-4 font-semibold no-underline hover:bg-teal-light';
  return (
    <nav aria-label="Pagination" className="mt-12">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={link}>
              Newer<span className="sr-only"> articles</span>
            </Link>
          </li>
        )}
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${link} border-teal bg-teal text-white hover:bg-teal`}>
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <Link href={href(n)} className={link}>
                <span className="sr-only">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages && (
          <li>
            <Link href={href(page + 1)} rel="next" className={link}>
              Older<span className="sr-only"> articles</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
