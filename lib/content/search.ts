import 'server-only';
import { db, Prisma, type DbOrTx } from '@/lib/db';
import { queryParam } from '@/lib/validation/schemas';
import { SEARCH_QUERY_MAX_LENGTH } from './schemas';

/**
 * Full-text search over published articles and the muscle guides. The
 * tsvector expressions below are character for character the ones behind
 * "Article_search_idx" and "MuscleGuide_search_idx" (migration
 * 20261122020000): PostgreSQL only uses an expression index for the same
 * expression, so change both together or the search falls back to a scan.
 */

export type SearchResultType = 'Article' | 'Guide';

export interface SearchResultDto {
  type: SearchResultType;
  slug: string;
  title: string;
  excerpt: string;
  href: string;
  rank: number;
}

const ARTICLE_VECTOR = Prisma.sql`(setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "excerpt"), 'B') || setweight(to_tsvector('english', "bodyMarkdown"), 'C'))`;
const GUIDE_VECTOR = Prisma.sql`(setweight(to_tsvector('english', "title" || ' ' || "name"), 'A') || setweight(to_tsvector('english', "excerpt"), 'B') || setweight(to_tsvector('english', "bodyMarkdown"), 'C'))`;

/** Trims and caps what a reader typed; an empty result means "no search" (so does text PostgreSQL would refuse). */
export function normalizeSearchQuery(raw: unknown): string {
  const parsed = queryParam(raw, SEARCH_QUERY_MAX_LENGTH);
  return parsed.ok ? parsed.value : '';
}

/** The ranked search as one statement; exported so tests can EXPLAIN it. */
export function searchStatement(query: string, now: Date, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT 'Article' AS "type", "slug", "title", "excerpt", ts_rank(${ARTICLE_VECTOR}, q.query) AS "rank"
      FROM "Article", websearch_to_tsquery('english', ${query}) AS q(query)
     WHERE ${ARTICLE_VECTOR} @@ q.query
       AND "publishedAt" IS NOT NULL AND "publishedAt" <= ${now}
    UNION ALL
    SELECT 'Guide' AS "type", "slug", "title", "excerpt", ts_rank(${GUIDE_VECTOR}, q.query) AS "rank"
      FROM "MuscleGuide", websearch_to_tsquery('english', ${query}) AS q(query)
     WHERE ${GUIDE_VECTOR} @@ q.query
     ORDER BY "rank" DESC, "title" ASC
     LIMIT ${limit}`;
}

export async function searchContent(
  raw: string,
  options: { now?: Date; limit?: number } = {},
  client: DbOrTx = db,
): Promise<SearchResultDto[]> {
  const query = normalizeSearchQuery(raw);
  if (!query) return [];
  const rows = await client.$queryRaw<{ type: SearchResultType; slug: string; title: string; excerpt: string; rank: number }[]>(
    searchStatement(query, options.now ?? new Date(), options.limit ?? 20),
  );
  return rows.map((row) => ({
    ...row,
    rank: Number(row.rank),
    href: row.type === 'Article' ? `/blog/${row.slug}` : `/muscles/${row.slug}`,
  }));
}
