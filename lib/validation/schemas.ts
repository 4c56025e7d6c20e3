import { z } from 'zod';

/**
 * Screens for text that arrives from outside: form fields, URL segments and
 * query strings. PostgreSQL refuses U+0000 in text, and a lone UTF-16
 * surrogate is not a character at all, so both are refused here, at the
 * edge, with a message, instead of failing deep in a query. Safe to import
 * from client code.
 */

export const UNSAFE_TEXT_MESSAGE = 'Remove the invisible or broken characters (such as a NUL byte) from this field.';

// With the u flag a surrogate pair is one code point, so these match only halves left alone.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/** True when the text holds U+0000 or half of a surrogate pair. */
export function hasUnsafeText(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

/** The text without U+0000 and with lone surrogates replaced, for echoing a refused value back to its form. */
export function withoutUnsafeText(value: string): string {
  return value.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\uFFFD');
}

/** A lowercase kebab-case slug in a URL path (`/blog/[slug]`, `/products/[slug]` …). */
export const SLUG_PARAM_MAX = 120;
export const slugParam = z
  .string()
  .max(SLUG_PARAM_MAX)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Whether a path segment can name anything at all; anything else is a 404 without asking the database. */
export function isSlugParam(value: unknown): value is string {
  return slugParam.safeParse(value).success;
}

export const QUERY_PARAM_MESSAGE = 'That search contains characters we cannot search for. Remove them and try again.';

/**
 * A query-string value (`?q=`): the first of repeated values, trimmed and
 * capped; an empty string means "none given". Unsafe text is refused, not
 * silently cleaned, so the page can say why nothing was searched.
 */
export function queryParam(raw: unknown, max: number): { ok: true; value: string } | { ok: false; message: string } {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== 'string') return { ok: true, value: '' };
  if (hasUnsafeText(first)) return { ok: false, message: QUERY_PARAM_MESSAGE };
  return { ok: true, value: first.trim().slice(0, max).trim() };
}
