import type { HTMLAttributes } from 'react';
import { cn } from './cn';

/** How loud a status is. The words carry the meaning; the colour only repeats it. */
const TONES = {
  /** Open, nothing special. */
  neutral: 'border-line bg-white text-ink',
  /** Finished or set aside: closed, cancelled, expired. */
  muted: 'border-line bg-white text-ink-soft',
  /** Under way. */
  info: 'border-teal/40 bg-teal-light text-teal-dark',
  /** Done and good. */
  success: 'border-teal bg-teal text-white',
  /** Needs someone's attention. */
  warning: 'border-accent/40 bg-accent-light text-accent',
  /** Needs action now. */
  danger: 'border-accent bg-accent text-white',
} as const;

export type StatusTone = keyof typeof TONES;

/** What a domain badge maps each status to. */
export interface StatusLook {
  label: string;
  tone: StatusTone;
}

/** A status pill. Domain badges (orders, returns, tickets, articles) map their statuses to a label and a tone over it. */
export function StatusBadge({ tone, className, ...props }: HTMLAttributes<HTMLSpanElement> & { tone: StatusTone }) {
  return <span {...props} className={cn('inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold', TONES[tone], className)} />;
}
