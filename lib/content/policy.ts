export type ArticleStatus = 'draft' | 'scheduled' | 'published';

/** An article is a draft until it has a publication date, scheduled until that date comes, then published. */
export function articleStatus(publishedAt: Date | null, now: Date): ArticleStatus {
  return !publishedAt ? 'draft' : publishedAt > now ? 'scheduled' : 'published';
}
