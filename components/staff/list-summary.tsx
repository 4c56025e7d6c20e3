import Link from 'next/link';
import type { ReactNode } from 'react';
import { shownRange } from './list-paging';

const count = new Intl.NumberFormat('en-US');

interface ListSummaryProps {
  total: number;
  /** Rows on this page. */
  shown: number;
  page: number;
  pages: number;
  /** Singular and plural: ['order', 'orders']. */
  noun: readonly [string, string];
  /** Before the count: "Open: ". */
  lead?: string;
  /** After the noun: " match" when filtered. */
  qualifier?: string;
}

/** "1,234 orders match · showing 26–50 · page 2 of 50" above a staff list. */
export function ListSummary({ total, shown, page, pages, noun, lead = '', qualifier = '' }: ListSummaryProps) {
  const range = pages > 1 ? shownRange(total, shown, page, pages) : null;
  return (
    <p className="mb-3 text-ink-soft">
      {lead}
      {count.format(total)} {total === 1 ? noun[0] : noun[1]}
      {qualifier}
      {range ? ` · showing ${count.format(range[0])}–${count.format(range[1])}` : ''}
      {pages > 1 ? ` · page ${page} of ${pages}` : ''}
    </p>
  );
}

/**
 * In place of an empty list's table: past the last page, a way back to the first; otherwise `children`
 * ("No orders match these filters.").
 */
export function ListEmpty({ total, page, firstPage, children }: { total: number; page: number; firstPage: string; children: ReactNode }) {
  return (
    <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-ink-soft">
      {total > 0 ? (
        <>
          There is no page {page}. <Link href={firstPage}>Go to the first page</Link>.
        </>
      ) : (
        children
      )}
    </p>
  );
}
