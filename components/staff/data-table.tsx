import type { ReactNode } from 'react';

/** One column of a staff table: its header, what each row shows in it, and how it lines up. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** This column's cells name their row (`<th scope="row">`). Without one, the first column does. */
  rowHeader?: boolean;
  /** Numbers and money line up on the right. */
  align?: 'start' | 'end';
  /** Extra classes for this column's body cells, e.g. `whitespace-nowrap` or `font-mono text-sm`. */
  className?: string;
}

/** The labelled panel a table sits in. With a `title` its heading shows; without one it is hidden and reads the caption. */
export interface TableSectionProps {
  id: string;
  title?: string;
}

interface DataTableProps<Row> {
  /** Names the table for screen readers (a visually hidden caption). */
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** Shown instead of the table, and its section, when there are no rows. */
  empty?: ReactNode;
  /** Put the table in a bordered, labelled section that scrolls sideways on a phone; omit when a panel already holds it. */
  section?: TableSectionProps;
  /** Below the table, inside its section: totals and such. */
  children?: ReactNode;
}

const alignClass = (align: Column<unknown>['align']) => (align === 'end' ? 'text-right' : '');

/**
 * Every staff table: a caption, column headers, and a row header in each row, so a screen reader
 * announces "QLC-10042, Total, $49.00" rather than a bare number.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowClassName, empty, section, children }: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const headerIndex = Math.max(
    0,
    columns.findIndex((c) => c.rowHeader),
  );
  const table = (
    <table className="w-full text-left">
      <caption className="sr-only">{caption}</caption>
      <thead className={`${section ? 'border-b' : 'border-y'} border-line text-sm text-ink-soft`}>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={`p-4 ${alignClass(column.align)}`}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} className={`border-b border-line last:border-0 ${rowClassName?.(row) ?? ''}`}>
            {columns.map((column, i) => {
              const className = `p-4 ${alignClass(column.align)} ${column.className ?? ''}`;
              return i === headerIndex ? (
                <th key={column.header} scope="row" className={`font-semibold ${className}`}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} className={className}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!section) return table;
  return (
    // Focusable, so a keyboard can scroll a table wider than the screen (a phone, or a long error in a row).
    <section aria-labelledby={section.id} tabIndex={0} className="overflow-x-auto rounded-2xl border border-line bg-white">
      <h2 id={section.id} className={section.title ? 'p-4 pb-0 text-xl font-bold' : 'sr-only'}>
        {section.title ?? caption}
      </h2>
      {table}
      {children}
    </section>
  );
}
