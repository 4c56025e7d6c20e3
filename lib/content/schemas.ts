import { z } from 'zod';
import { muscles } from '@/lib/site';
import { parseTags, SLUG_MAX, SLUG_PATTERN, suggestSlug } from './slug';

/** Longer queries are cut to this before they reach PostgreSQL's full-text search. */
export const SEARCH_QUERY_MAX_LENGTH = 200;

/** The staff article editor. Safe to import from client code. */

export const MUSCLE_SLUGS = muscles.map((m) => m.slug) as [string, ...string[]];
export const SEO_TITLE_MAX = 60;
export const SEO_DESCRIPTION_MAX = 160;
export const EXCERPT_MAX = 300;
export const COVER_MAX_BYTES = 5 * 1024 * 1024;
export const COVER_KINDS = ['png', 'jpeg', 'webp'] as const;
export const ARTICLE_INTENTS = ['save', 'publish', 'schedule', 'unpublish'] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];

/** "2026-05-12T09:30" from a datetime-local field, read in UTC, the store's time zone. */
const DATETIME_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export function parseDateTimeLocalUtc(value: string): Date | null {
  if (!DATETIME_LOCAL.test(value)) return null;
  const date = new Date(`${value}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The reverse, to fill the field: "2026-05-12T09:30". */
export function toDateTimeLocalUtc(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** "May 12, 2026 at 9:30 AM UTC": publication times as staff see them. */
export function formatPublishTime(date: Date): string {
  return `${new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null);

/** An empty slug becomes the title's, before it is checked like a typed one. */
function fillSlug(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const slug = typeof form.slug === 'string' ? form.slug.trim() : '';
  return { ...form, slug: slug || suggestSlug(typeof form.title === 'string' ? form.title : '') };
}

/**
 * One schema for the whole form, keyed by input name. `now` decides whether
 * a scheduled time is in the future, so the boundary is testable.
 */
export function articleFormSchema(now: Date) {
  return z.preprocess(
    fillSlug,
    z
      .object({
        id: z
          .string()
          .trim()
          .max(64)
          .transform((value) => value || null),
        title: z
          .string()
          .trim()
          .min(3, 'Give the article a title of at least 3 characters.')
          .max(120, 'Keep the title under 120 characters.'),
        slug: z
          .string()
          .min(1, 'Enter a slug, or a title to make one from.')
          .max(SLUG_MAX, `Keep the slug under ${SLUG_MAX} characters.`)
          .regex(SLUG_PATTERN, 'Use lowercase letters, digits and single hyphens, like psoas-release-at-home.'),
        excerpt: z
          .string()
          .trim()
          .min(10, 'Write an excerpt of at least 10 characters.')
          .max(EXCERPT_MAX, `Keep the excerpt under ${EXCERPT_MAX} characters.`),
        // Stored exactly as typed: rendering makes it safe, not editing it.
        bodyMarkdown: z
          .string()
          .max(100_000, 'The body is too long (100,000 characters at most).')
          .refine((value) => value.trim().length > 0, 'Write the article.'),
        tags: z
          .string()
          .max(500)
          .transform(parseTags)
          .pipe(z.array(z.string().max(40, 'Keep each tag under 40 characters.')).max(10, 'Use at most 10 tags.')),
        muscles: z.array(z.enum(MUSCLE_SLUGS, 'Pick from the listed muscles.')).transform((list) => [...new Set(list)]),
        seoTitle: optionalText(SEO_TITLE_MAX, `Search engines show about ${SEO_TITLE_MAX} characters: keep the SEO title to that.`),
        seoDescription: optionalText(
          SEO_DESCRIPTION_MAX,
          `Search engines show about ${SEO_DESCRIPTION_MAX} characters: keep the SEO description to that.`,
        ),
        removeCover: z
          .string()
          .optional()
          .transform((value) => value === 'on'),
        intent: z.enum(ARTICLE_INTENTS, 'Choose how to save the article.'),
        publishAt: z.string().trim(),
        /** Staff saw the content guard's warnings and publish anyway. */
        acknowledgeWarnings: z
          .string()
          .optional()
          .transform((value) => value === 'on'),
      })
      .transform(({ publishAt, ...rest }, ctx) => {
        if (rest.intent !== 'schedule') return { ...rest, publishAt: null };
        const at = parseDateTimeLocalUtc(publishAt);
        if (!at) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'Pick the date and time to publish (UTC).' });
        else if (at <= now) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'Pick a time in the future to schedule.' });
        return { ...rest, publishAt: at };
      }),
  );
}

export type ArticleForm = z.output<ReturnType<typeof articleFormSchema>>;
