import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { articleStatus } from './policy';
import type { ArticleFields, SavedArticle } from './service';

/** Staff reads for the article editor: its list and its form. */
export interface EditorArticleRowDto extends SavedArticle {
  title: string;
  updatedAt: Date;
}

export interface EditorArticleDto extends Omit<ArticleFields, 'coverImagePath'>, SavedArticle {
  coverImagePath: string | null;
  updatedAt: Date;
}

export async function listArticlesForEditor(now = new Date(), client: DbOrTx = db): Promise<EditorArticleRowDto[]> {
  const rows = await client.article.findMany({
    select: { id: true, slug: true, title: true, publishedAt: true, updatedAt: true },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({ ...row, status: articleStatus(row.publishedAt, now) }));
}

export async function getArticleForEditor(id: string, now = new Date(), client: DbOrTx = db): Promise<EditorArticleDto | null> {
  const row = await client.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      excerpt: true,
      bodyMarkdown: true,
      tags: true,
      muscles: true,
      seoTitle: true,
      seoDescription: true,
      coverImagePath: true,
      publishedAt: true,
      updatedAt: true,
    },
  });
  return row && { ...row, status: articleStatus(row.publishedAt, now) };
}
