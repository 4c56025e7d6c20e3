import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { readingMinutes, renderMarkdown, type Heading } from './markdown';

export interface ArticleSummaryDto {
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  coverImage: string | null;
  publishedAt: Date;
  readingMinutes: number;
}

export interface ArticleDto extends ArticleSummaryDto {
  html: string;
  headings: Heading[];
  muscles: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  updatedAt: Date;
}

const summarySelect = {
  slug: true,
  title: true,
  excerpt: true,
  tags: true,
  coverImagePath: true,
  publishedAt: true,
  bodyMarkdown: true,
} as const;

function isPublished(now: Date) {
  return { publishedAt: { not: null, lte: now } };
}

export async function listPublishedArticles(
  options: { limit?: number; now?: Date } = {},
  client: DbOrTx = db,
): Promise<ArticleSummaryDto[]> {
  const rows = await client.article.findMany({
    where: isPublished(options.now ?? new Date()),
    select: summarySelect,
    orderBy: { publishedAt: 'desc' },
    take: options.limit,
  });
  return rows.map(toSummary);
}

export async function getPublishedArticle(slug: string, now = new Date(), client: DbOrTx = db): Promise<ArticleDto | null> {
  const row = await client.article.findFirst({
    where: { slug, ...isPublished(now) },
    select: { ...summarySelect, muscles: true, seoTitle: true, seoDescription: true, updatedAt: true },
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
  };
}

export async function listPublishedSlugs(now = new Date(), client: DbOrTx = db): Promise<string[]> {
  const rows = await client.article.findMany({ where: isPublished(now), select: { slug: true } });
  return rows.map((r) => r.slug);
}

function toSummary(row: {
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
    coverImage: row.coverImagePath,
    // Only published rows reach here (see isPublished).
    publishedAt: row.publishedAt ?? new Date(0),
    readingMinutes: readingMinutes(row.bodyMarkdown),
  };
}

export type ArticleStatus = 'draft' | 'scheduled' | 'published';

export interface StaffArticleRowDto {
  slug: string;
  title: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** All articles, drafts and scheduled ones included: staff only. */
export async function listArticlesForStaff(now = new Date(), client: DbOrTx = db): Promise<StaffArticleRowDto[]> {
  const rows = await client.article.findMany({
    select: { slug: true, title: true, publishedAt: true, updatedAt: true },
    orderBy: [{ updatedAt: 'desc' }],
  });
  return rows.map((row) => ({
    ...row,
    status: !row.publishedAt ? 'draft' : row.publishedAt > now ? 'scheduled' : 'published',
  }));
}
