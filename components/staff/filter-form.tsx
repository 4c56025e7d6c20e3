import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/** For the inputs and selects of a filter form. */
export const filterInputClass = 'min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base';

/** A GET form above a staff list: filtering works before (and without) JavaScript, and every view has a URL. */
export function FilterForm({
  action,
  label,
  className = '',
  children,
}: {
  action: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className={`mb-6 grid gap-4 rounded-2xl border border-line bg-white p-4 ${className}`}
    >
      {children}
    </form>
  );
}

/** A label over its control; `id` is the control's. */
export function FilterField({
  id,
  label,
  className = '',
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A value and its label, for a filter's select. */
export type FilterOption = readonly [value: string, label: string];

interface FilterSelectProps {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  /** The "any" choice (value '') or choices first, then the rest. */
  options: readonly FilterOption[];
  className?: string;
}

/** A labelled select of a filter form. */
export function FilterSelect({ id, name, label, defaultValue, options, className = filterInputClass }: FilterSelectProps) {
  return (
    <FilterField id={id} label={label}>
      <select id={id} name={name} defaultValue={defaultValue} className={className}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** The submit button, and a link back to the unfiltered list when something is filtered. */
export function FilterActions({
  submit,
  clear,
  className = '',
}: {
  submit: string;
  clear?: { href: string; label: string } | null;
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`}>
      <Button type="submit">{submit}</Button>
      {clear && <Link href={clear.href}>{clear.label}</Link>}
    </div>
  );
}
