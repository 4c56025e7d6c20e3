import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { isPublished, newestFirst, summarySelect, toSummary, type ArticleSummaryDto, type AuthorRefDto } from './queries';
import { isSlugParam } from '@/lib/validation/schemas';

export interface AuthorDto extends AuthorRefDto {
  bio: string;
  avatar: string | null;
  articles: ArticleSummaryDto[];
}

/** Who writes and why, with their published articles, newest first. */
export async function getAuthorWithArticles(slug: string, now = new Date(), client: DbOrTx = db): Promise<AuthorDto | null> {
  if (!isSlugParam(slug)) return null;
  const row = await client.author.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      title: true,
      bio: true,
      avatarPath: true,
      articles: { where: isPublished(now), select: summarySelect, orderBy: newestFirst },
    },
  });
  if (!row) return null;
  const { avatarPath, articles, ...author } = row;
  return { ...author, avatar: avatarPath, articles: articles.map(toSummary) };
}

export async function listAuthorSlugs(client: DbOrTx = db): Promise<string[]> {
  const rows = await client.author.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((r) => r.slug);
}
