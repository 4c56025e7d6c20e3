import { readdir } from 'node:fs/promises';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';
import { getPublishedArticle } from '@/lib/content/queries';
import { articleFormSchema } from '@/lib/content/schemas';
import { db } from '@/lib/db';
import { founder } from '@/prisma/seed-content';
import { articleForm, createArticleThroughAction, saveArticleForm } from '../factories/articles';
import { fakeImageFile, imageFile } from '../factories/files';
import * as cache from '../support/next-cache';
import { privateUploadDir } from '../support/upload-dir';
import { actAs, people } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

const uploadDir = privateUploadDir();
const DAY = 24 * 60 * 60 * 1000;

const article = (id: string) => db.article.findUniqueOrThrow({ where: { id } });
/** What readers see: only rows whose publication time has come. */
const visible = (slug: string, now = new Date()) =>
  db.article.findFirst({ where: { slug, publishedAt: { lte: now } }, select: { id: true } });
const dateTimeLocal = (date: Date) => date.toISOString().slice(0, 16);

beforeAll(async () => {
  await db.author.create({ data: founder });
});
beforeEach(() => {
  actAs('support');
  cache.revalidatePath.mockClear();
});

describe('the article editor', () => {
  it('creates a draft that readers cannot see, by the founder, with tags in kebab-case', async () => {
    const values = articleForm();
    const id = await createArticleThroughAction(values);
    const saved = await article(id);
    expect(saved).toMatchObject({
      slug: values.slug,
      publishedAt: null,
      tags: ['hip-flexors', 'low-back'],
      muscles: ['psoas', 'iliacus'],
      seoTitle: null,
    });
    expect(saved.authorId).toBe((await db.author.findUniqueOrThrow({ where: { slug: 'founder' } })).id);
    expect(await visible(saved.slug)).toBeNull();
    expect(await getPublishedArticle(saved.slug)).toBeNull();
    for (const args of [['/', 'layout'], ['/sitemap.xml'], ['/blog/rss.xml']]) expect(cache.revalidatePath).toHaveBeenCalledWith(...args);
  });

  it('refuses visitors and customers, changing nothing (support agents and admins may write)', async () => {
    const values = articleForm();
    const id = await createArticleThroughAction(values);
    const before = await article(id);
    const count = await db.article.count();
    for (const [person, code] of [
      [people.anonymous, 'UNAUTHENTICATED'],
      [people.customer, 'FORBIDDEN'],
    ] as const) {
      actAs(person);
      expect(await saveArticleForm({ ...values, id, title: 'Defaced', intent: 'publish' })).toMatchObject({ ok: false, code });
      expect(await saveArticleForm(articleForm())).toMatchObject({ ok: false, code });
    }
    expect(await article(id)).toEqual(before);
    expect(await db.article.count()).toBe(count);
  });

  it('publishes now, schedules for later (not visible until then), and unpublishes', async () => {
    const values = articleForm();
    const id = await createArticleThroughAction(values);
    const slug = values.slug as string;

    expect(await saveArticleForm({ ...values, id, intent: 'publish' })).toMatchObject({
      ok: true,
      message: 'Published: the article is live.',
    });
    expect((await article(id)).publishedAt).not.toBeNull();
    expect(await visible(slug)).not.toBeNull();
    expect(cache.revalidatePath).toHaveBeenCalledWith('/', 'layout');

    const at = new Date(Math.ceil((Date.now() + 2 * DAY) / 60_000) * 60_000);
    const scheduled = await saveArticleForm({ ...values, id, intent: 'schedule', publishAt: dateTimeLocal(at) });
    expect(scheduled).toMatchObject({ ok: true, message: expect.stringMatching(/^Scheduled for .* UTC\.$/) });
    expect((await article(id)).publishedAt).toEqual(at);
    expect(await visible(slug)).toBeNull();
    expect(await getPublishedArticle(slug)).toBeNull();
    expect(await visible(slug, new Date(at.getTime() + 1))).not.toBeNull();

    expect(await saveArticleForm({ ...values, id, intent: 'unpublish' })).toMatchObject({
      ok: true,
      message: 'Unpublished: the article is a draft again.',
    });
    expect((await article(id)).publishedAt).toBeNull();
  });

  it('reads the scheduled time in UTC and refuses a time that is not in the future', async () => {
    const now = new Date('2030-06-01T12:00:00Z');
    const parse = (publishAt: string) => articleFormSchema(now).safeParse({ ...articleForm({ intent: 'schedule', publishAt }) });
    expect(parse('2030-06-01T12:01').data?.publishAt).toEqual(new Date('2030-06-01T12:01:00Z'));
    for (const bad of ['2030-06-01T12:00', '2030-05-31T23:59', '', 'tomorrow']) {
      expect(
        parse(bad).error?.issues.map((i) => i.path.join('.')),
        bad,
      ).toEqual(['publishAt']);
    }

    const values = articleForm();
    const id = await createArticleThroughAction(values);
    const before = await article(id);
    const refused = await saveArticleForm({
      ...values,
      id,
      title: 'Changed',
      intent: 'schedule',
      publishAt: dateTimeLocal(new Date(Date.now() - DAY)),
    });
    expect(refused).toMatchObject({
      ok: false,
      code: 'UNPROCESSABLE',
      fieldErrors: { publishAt: ['Pick a time in the future to schedule.'] },
    });
    expect(await article(id)).toEqual(before);
  });

  it('returns errors keyed by input name for bad input and saves nothing', async () => {
    const values = articleForm();
    const id = await createArticleThroughAction(values);
    const before = await article(id);
    cache.revalidatePath.mockClear();
    const bad = {
      ...values,
      id,
      slug: 'Not A Slug',
      excerpt: 'short',
      bodyMarkdown: '   ',
      muscles: ['psoas', 'spleen'],
      seoTitle: 'x'.repeat(61),
      seoDescription: 'y'.repeat(161),
      intent: 'publish',
    };
    const result = await saveArticleForm(bad);
    expect(result).toMatchObject({ ok: false, code: 'UNPROCESSABLE', values: { slug: 'Not A Slug', muscles: 'psoas,spleen' } });
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      'bodyMarkdown',
      'excerpt',
      'muscles',
      'seoDescription',
      'seoTitle',
      'slug',
    ]);
    expect(await article(id)).toEqual(before);
    expect(cache.revalidatePath).not.toHaveBeenCalled();
  });

  it('stores an XSS attempt exactly as typed, and the preview renders none of it as code', async () => {
    const body = 'Hi.\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1))\n';
    const values = articleForm({ bodyMarkdown: body });
    const id = await createArticleThroughAction(values);
    expect((await article(id)).bodyMarkdown).toBe(body);
    const { html } = renderMarkdown(body);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\bon\w+\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
  });

  it('refuses a file that lies about being an image and stores nothing; stores a real one by its hash', async () => {
    const values = articleForm();
    const id = await createArticleThroughAction(values);
    const before = await article(id);
    const liar = fakeImageFile('cover.png', '<svg onload=alert(1)>');
    const refused = await saveArticleForm({ ...values, id, title: 'Changed', coverImage: liar });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { coverImage: ['That file is not a PNG, JPEG or WebP image, whatever its name says.'] },
    });
    expect(await article(id)).toEqual(before);
    expect(await readdir(uploadDir).catch(() => [])).toEqual([]);

    const png = imageFile('anything.bin');
    expect(await saveArticleForm({ ...values, id, coverImage: png })).toMatchObject({ ok: true });
    const path = (await article(id)).coverImagePath;
    expect(path).toMatch(/^\/media\/public\/covers\/[0-9a-f]{32}\.png$/);
    expect(await readdir(`${uploadDir}/public/covers`)).toContain(path!.split('/').at(-1));

    expect(await saveArticleForm({ ...values, id, removeCover: 'on' })).toMatchObject({ ok: true });
    expect((await article(id)).coverImagePath).toBeNull();
  });
});
