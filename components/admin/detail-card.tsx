import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/dates';

/** The parts every staff detail page (order, return, ticket) is built from. */

/** A titled panel of a staff detail page. */
export function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-5">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A date that may not have happened yet. */
export function When({ at }: { at: Date | null }) {
  return at ? <time dateTime={at.toISOString()}>{formatDateTime(at)}</time> : <span className="text-ink-soft">Not yet</span>;
}

export const factsClass = 'grid grid-cols-[auto_1fr] gap-x-4 gap-y-2';

/** A list of labelled facts: put `Fact`s in it. */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className={factsClass}>{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-ink-soft">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}
