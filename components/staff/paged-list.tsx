import type { ReactNode } from 'react';
import { ListEmpty, ListSummary } from './list-summary';
import { Pager } from './pager';

interface PagedListProps {
  /** How many rows there are in all, which page this is of how many, and how many rows it shows. */
  paging: { total: number; page: number; pages: number; shown: number };
  /** Builds page n's URL under the current filter. */
  href: (page: number) => string;
  /** Singular and plural, for the summary and the pager's name: ['order', 'orders'] gives "Pages of orders". */
  noun: readonly [string, string];
  lead?: string;
  qualifier?: string;
  /** Said when nothing matches; past the last page the list offers its first page instead. */
  empty: ReactNode;
  /** The table of this page's rows. */
  children: ReactNode;
}

/** One page of a staff list: what it shows of how many, the table (or why there is none), and the pager. */
export function PagedList({ paging, href, noun, lead, qualifier, empty, children }: PagedListProps) {
  const { total, page, pages, shown } = paging;
  return (
    <>
      <ListSummary total={total} shown={shown} page={page} pages={pages} noun={noun} lead={lead} qualifier={qualifier} />
      {shown === 0 ? (
        <ListEmpty total={total} page={page} firstPage={href(1)}>
          {empty}
        </ListEmpty>
      ) : (
        children
      )}
      <Pager label={`Pages of ${noun[1]}`} page={page} pages={pages} href={href} />
    </>
  );
}
