import 'server-only';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import { readingMinutes, renderMarkdown, type Heading } from './markdown';
import { publicUrlOfStored } from '@/lib/storage';
import { isSlugParam } from '@/lib/validation/schemas';

/** Reads of published articles. Time is a parameter: scheduled articles appear when `now` passes their date. */
export const ARTICLES_PER_PAGE = 9;

export interface ArticleSummaryDto {
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  coverImage: string | null;
  publishedAt: Date;
  readingMinutes: number;
}

export interface AuthorRefDto {
  slug: string;
  name: string;
  title: string;
}

export interface ArticleDto extends ArticleSummaryDto {
  html: string;
  headings: Heading[];
  muscles: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  updatedAt: Date;
  author: AuthorRefDto | null;
}

export interface ArticlePageDto {
  articles: ArticleSummaryDto[];
  page: number;
  totalPages: number;
  total: number;
}

interface ReadOptions {
  now?: Date;
}

export const summarySelect = {
  slug: true,
  title: true,
  excerpt: true,
  tags: true,
  coverImagePath: true,
  publishedAt: true,
  bodyMarkdown: true,
} as const;

export const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: 'desc' }, { slug: 'asc' }];

export function isPublished(now: Date) {
  return { publishedAt: { not: null, lte: now } } satisfies Prisma.ArticleWhereInput;
}

export async function listPublishedArticles(
  options: { limit?: number; now?: Date } = {},
  client: DbOrTx = db,
): Promise<ArticleSummaryDto[]> {
  const rows = await client.article.findMany({
    where: isPublished(options.now ?? new Date()),
    select: summarySelect,
    orderBy: newestFirst,
    take: options.limit,
  });
  return rows.map(toSummary);
}

/** One page of the index (1-based), optionally only articles with `tag`. A page past the end has no articles. */
export async function listArticlesPage(
  options: { page?: number; tag?: string; perPage?: number; now?: Date } = {},
  client: DbOrTx = db,
): Promise<ArticlePageDto> {
  // A tag from the URL that is not a slug names nothing (and may hold what PostgreSQL refuses, such as NUL).
  if (options.tag !== undefined && !isSlugParam(options.tag)) return { articles: [], page: 1, total: 0, totalPages: 1 };
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const perPage = options.perPage ?? ARTICLES_PER_PAGE;
  const where: Prisma.ArticleWhereInput = {
    ...isPublished(options.now ?? new Date()),
    ...(options.tag ? { tags: { has: options.tag } } : {}),
  };
  const total = await client.article.count({ where });
  const rows = await client.article.findMany({
    where,
    select: summarySelect,
    orderBy: newestFirst,
    skip: (page - 1) * perPage,
    take: perPage,
  });
  return { articles: rows.map(toSummary), page, total, totalPages: Math.max(1, Math.ceil(total / perPage)) };
}

/** Every tag used by a published article, with how many use it, most used first. */
export async function listPublishedTags(now = new Date(), client: DbOrTx = db): Promise<{ tag: string; count: number }[]> {
  const rows = await client.article.findMany({ where: isPublished(now), select: { tags: true } });
  const counts = new Map<string, number>();
  for (const tag of rows.flatMap((r) => r.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export async function getPublishedArticle(slug: string, now = new Date(), client: DbOrTx = db): Promise<ArticleDto | null> {
  if (!isSlugParam(slug)) return null;
  const row = await client.article.findFirst({
    where: { slug, ...isPublished(now) },
    select: {
      ...summarySelect,
      muscles: true,
      seoTitle: true,
      seoDescription: true,
      updatedAt: true,
      author: { select: { slug: true, name: true, title: true } },
    },
  });
  if (!row) return null;
  const { html, headings } = renderMarkdown(row.bodyMarkdown);
  return {
    ...toSummary(row),
    html,
    headings,
    muscles: row.muscles,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    updatedAt: row.updatedAt,
    author: row.author,
  };
}

/** The current slug for an old one, if it belongs to a published article. */
export async function getRedirectTarget(fromSlug: string, now = new Date(), client: DbOrTx = db): Promise<string | null> {
  if (!isSlugParam(fromSlug)) return null;
  const row = await client.articleRedirect.findUnique({
    where: { fromSlug },
    select: { article: { select: { slug: true, publishedAt: true } } },
  });
  const article = row?.article;
  if (!article?.publishedAt || article.publishedAt > now || article.slug === fromSlug) return null;
  return article.slug;
}

/** Up to `limit` other articles sharing tags or muscles with `article`, the most in common first. */
export async function listRelatedArticles(
  article: { slug: string; tags: string[]; muscles: string[] },
  options: ReadOptions & { limit?: number } = {},
  client: DbOrTx = db,
): Promise<ArticleSummaryDto[]> {
  if (article.tags.length === 0 && article.muscles.length === 0) return [];
  const rows = await client.article.findMany({
    where: {
      ...isPublished(options.now ?? new Date()),
      slug: { not: article.slug },
      OR: [{ tags: { hasSome: article.tags } }, { muscles: { hasSome: article.muscles } }],
    },
    select: { ...summarySelect, muscles: true },
    orderBy: newestFirst,
  });
  const shared = (row: { tags: string[]; muscles: string[] }) =>
    row.tags.filter((t) => article.tags.includes(t)).length + row.muscles.filter((m) => article.muscles.includes(m)).length;
  // A stable sort keeps newest-first among equally related articles.
  return rows
    .map((row) => ({ row, score: shared(row) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit ?? 3)
    .map(({ row }) => toSummary(row));
}

export async function listArticlesForMuscle(muscle: string, options: ReadOptions = {}, client: DbOrTx = db): Promise<ArticleSummaryDto[]> {
  const rows = await client.article.findMany({
    where: { ...isPublished(options.now ?? new Date()), muscles: { has: muscle } },
    select: summarySelect,
    orderBy: newestFirst,
  });
  return rows.map(toSummary);
}

export function toSummary(row: {
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  coverImagePath: string | null;
  publishedAt: Date | null;
  bodyMarkdown: string;
}): ArticleSummaryDto {
  return {
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    tags: row.tags,
    coverImage: row.coverImagePath && publicUrlOfStored(row.coverImagePath), // stored as /media/…; follows S3_PUBLIC_URL
    publishedAt: row.publishedAt ?? new Date(0), // only published rows reach here (see isPublished)
    readingMinutes: readingMinutes(row.bodyMarkdown),
  };
}
