import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { isPublished, newestFirst } from './queries';

/** Every published article's address: for static params, paging and the sitemap. */
export async function listPublishedSlugs(now = new Date(), client: DbOrTx = db): Promise<string[]> {
  const rows = await client.article.findMany({ where: isPublished(now), select: { slug: true }, orderBy: newestFirst });
  return rows.map((r) => r.slug);
}

/** Slug and last change of every published article, for the sitemap. */
export async function listPublishedArticleEntries(now = new Date(), client: DbOrTx = db): Promise<{ slug: string; updatedAt: Date }[]> {
  return client.article.findMany({ where: isPublished(now), select: { slug: true, updatedAt: true }, orderBy: newestFirst });
}
