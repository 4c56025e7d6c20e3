import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names (strings, arrays, `{ class: condition }` objects). Of two Tailwind classes that set the
 * same thing, the later wins, so a `className` passed to a primitive overrides its defaults whatever the
 * order of the rules in the stylesheet.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
