import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/dates';

/** A titled panel of a staff detail page, and a date that may not have happened yet. */
export function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-5">
      <h2 id={id} className="mb-3 text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

export function When({ at }: { at: Date | null }) {
  return at ? <time dateTime={at.toISOString()}>{formatDateTime(at)}</time> : <span className="text-ink-soft">Not yet</span>;
}
