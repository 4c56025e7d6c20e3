import Link from 'next/link';
import type { ReactNode } from 'react';

interface DetailHeaderProps {
  /** The list this record belongs to: `{ href: '/admin/orders', label: 'All orders' }`. */
  back: { href: string; label: string };
  title: string;
  /** A line under the title, e.g. a ticket's subject. */
  subtitle?: ReactNode;
  /** Badges and facts in one wrapping line: status, who, when. */
  children?: ReactNode;
}

/** The top of a staff detail page: the way back to its list, the record's name, and its status line. */
export function DetailHeader({ back, title, subtitle, children }: DetailHeaderProps) {
  return (
    <>
      <p className="mb-2">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <div className="mb-6">
        <h1 className="font-serif text-3xl font-bold">{title}</h1>
        {subtitle && <p className="mt-1 text-lg break-words">{subtitle}</p>}
        {children && <p className="mt-2 flex flex-wrap items-center gap-3 text-ink-soft">{children}</p>}
      </div>
    </>
  );
}
