import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedArticle } from '@/lib/content/queries';
import { createArticle, publishArticle, saveArticle, updateArticle } from '@/lib/content/service';
import { articleFormSchema } from '@/lib/content/schemas';
import { db } from '@/lib/db';
import { founder } from '@/prisma/seed-content';
import { articleFields, articleForm, createArticleThroughAction, saveArticleForm } from '../factories/articles';
import * as cache from '../support/next-cache';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

const DAY = 24 * 60 * 60 * 1000;
const article = (id: string) => db.article.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  await db.author.create({ data: founder });
});
beforeEach(() => {
  actAs('support');
  cache.revalidatePath.mockClear();
});

// Slugs: suggested from the title, unique, and kept as redirects once an article has been public.
describe('the article editor', () => {
  it('suggests the slug from the title when it is left empty', async () => {
    const id = await createArticleThroughAction(articleForm({ title: 'Gluteus Medius: Why It Aches & What Helps', slug: '  ' }));
    expect((await article(id)).slug).toBe('gluteus-medius-why-it-aches-and-what-helps');
  });

  it('turns the old slug of a published article into a redirect, and taking it back removes it', async () => {
    const now = new Date();
    const first = await createArticle(articleFields(articleForm()));
    await publishArticle(first.id, new Date(now.getTime() - DAY));
    const renamed = await updateArticle(first.id, { ...articleFields(articleForm()), slug: `${first.slug}-renamed` }, now);

    const redirect = await db.articleRedirect.findUnique({
      where: { fromSlug: first.slug },
      select: { article: { select: { id: true, slug: true } } },
    });
    expect(redirect?.article).toEqual({ id: first.id, slug: renamed.slug });
    expect(await getPublishedArticle(renamed.slug)).not.toBeNull();

    await updateArticle(first.id, { ...articleFields(articleForm()), slug: first.slug }, now);
    expect(await db.articleRedirect.findMany({ where: { articleId: first.id }, select: { fromSlug: true } })).toEqual([
      { fromSlug: renamed.slug },
    ]);

    // A draft was never public: renaming it leaves no redirect.
    const draft = await createArticle(articleFields(articleForm()));
    await updateArticle(draft.id, { ...articleFields(articleForm()), slug: `${draft.slug}-b` }, now);
    expect(await db.articleRedirect.count({ where: { articleId: draft.id } })).toBe(0);
  });

  it('refuses a slug taken by another article or by its old slug, and changes nothing', async () => {
    const a = articleForm();
    const b = articleForm();
    const aId = await createArticleThroughAction(a);
    const bId = await createArticleThroughAction(b);
    await saveArticle(articleFormSchema(new Date()).parse({ ...a, id: aId, intent: 'publish' }), undefined);
    await updateArticle(aId, { ...articleFields(a), slug: `${a.slug}-new` });
    const before = await db.article.findMany({ orderBy: { id: 'asc' } });
    const redirects = await db.articleRedirect.findMany({ orderBy: { fromSlug: 'asc' } });

    for (const slug of [`${a.slug}-new`, a.slug as string]) {
      const result = await saveArticleForm({ ...b, id: bId, slug, title: 'Renamed too' });
      expect(result, slug).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { slug: ['That slug is taken.'] } });
    }
    await expect(createArticle({ ...articleFields(articleForm()), slug: a.slug as string })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.article.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await db.articleRedirect.findMany({ orderBy: { fromSlug: 'asc' } })).toEqual(redirects);
  });
});
