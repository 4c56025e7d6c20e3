import 'server-only';
import { db, inTransaction, Prisma, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { articleStatus } from './policy';
import type { ArticleStatus } from './policy';
import type { ArticleForm } from './schemas';

/** What the editor saves; `coverImagePath` undefined keeps the current cover. */
export interface ArticleFields {
  title: string;
  slug: string;
  excerpt: string;
  bodyMarkdown: string;
  tags: string[];
  muscles: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  coverImagePath?: string | null;
}

export interface SavedArticle {
  id: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
}

const FOUNDER_SLUG = 'founder';
const taken = () => new AppError('CONFLICT', 'That slug is taken.');

/** A new draft, written by the founder when there is one. */
export async function createArticle(fields: ArticleFields, client: DbOrTx = db): Promise<{ id: string; slug: string }> {
  return inTransaction(client, async (tx) => {
    await assertSlugFree(fields.slug, null, tx);
    const founder = await tx.author.findUnique({ where: { slug: FOUNDER_SLUG }, select: { id: true } });
    return uniqueSlug(() => tx.article.create({ data: { ...fields, authorId: founder?.id ?? null }, select: { id: true, slug: true } }));
  });
}

/**
 * Saves an edit. When a published article's slug changes, its old slug
 * becomes a redirect, so links and search results keep working; taking back
 * one of its own old slugs removes that redirect.
 */
export async function updateArticle(
  id: string,
  fields: ArticleFields,
  now = new Date(),
  client: DbOrTx = db,
): Promise<{ id: string; slug: string }> {
  return inTransaction(client, async (tx) => {
    const current = await getOrThrow(id, tx);
    if (fields.slug !== current.slug) {
      await assertSlugFree(fields.slug, id, tx);
      await tx.articleRedirect.deleteMany({ where: { fromSlug: fields.slug, articleId: id } });
      if (articleStatus(current.publishedAt, now) === 'published') {
        await tx.articleRedirect.upsert({
          where: { fromSlug: current.slug },
          create: { fromSlug: current.slug, articleId: id },
          update: { articleId: id },
        });
      }
    }
    return uniqueSlug(() => tx.article.update({ where: { id }, data: fields, select: { id: true, slug: true } }));
  });
}

/** Publishes at `at`: now, or a later time to schedule it. */
export async function publishArticle(id: string, at: Date, client: DbOrTx = db): Promise<void> {
  await setPublishedAt(id, at, client);
}

/** Back to draft: off the blog, the sitemap and the feed. */
export async function unpublishArticle(id: string, client: DbOrTx = db): Promise<void> {
  await setPublishedAt(id, null, client);
}

/** The editor's one use case: create or update, then apply the chosen publication, all or nothing. */
export async function saveArticle(
  form: ArticleForm,
  coverImagePath: string | null | undefined,
  now = new Date(),
  client: DbOrTx = db,
): Promise<SavedArticle> {
  const { id, intent, publishAt, removeCover: _removeCover, acknowledgeWarnings: _acknowledged, ...rest } = form;
  const fields: ArticleFields = { ...rest, coverImagePath };
  return inTransaction(client, async (tx) => {
    const saved = id ? await updateArticle(id, fields, now, tx) : await createArticle(fields, tx);
    if (intent === 'unpublish') await unpublishArticle(saved.id, tx);
    if (intent === 'schedule' && publishAt) await publishArticle(saved.id, publishAt, tx);
    if (intent === 'publish') {
      // Publishing what is already live keeps its original date.
      const { publishedAt } = await getOrThrow(saved.id, tx);
      if (articleStatus(publishedAt, now) !== 'published') await publishArticle(saved.id, now, tx);
    }
    const { publishedAt } = await getOrThrow(saved.id, tx);
    return { ...saved, publishedAt, status: articleStatus(publishedAt, now) };
  });
}

// ---- helpers

async function getOrThrow(id: string, tx: DbOrTx) {
  const article = await tx.article.findUnique({ where: { id }, select: { slug: true, publishedAt: true } });
  if (!article) throw new AppError('NOT_FOUND', 'That article no longer exists.');
  return article;
}

async function setPublishedAt(id: string, publishedAt: Date | null, client: DbOrTx): Promise<void> {
  const { count } = await client.article.updateMany({ where: { id }, data: { publishedAt } });
  if (count === 0) throw new AppError('NOT_FOUND', 'That article no longer exists.');
}

/** A slug names one article: not another article's, nor another article's old one. */
async function assertSlugFree(slug: string, articleId: string | null, tx: DbOrTx): Promise<void> {
  const article = await tx.article.findUnique({ where: { slug }, select: { id: true } });
  const redirect = await tx.articleRedirect.findUnique({ where: { fromSlug: slug }, select: { articleId: true } });
  if ((article && article.id !== articleId) || (redirect && redirect.articleId !== articleId)) throw taken();
}

/** Two editors racing for one slug: the unique index decides, and the loser hears why. */
async function uniqueSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw taken();
    throw error;
  }
}
