import { readdir, rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/session';
import { saveArticleAction } from '@/lib/content/admin-actions';
import { renderMarkdown } from '@/lib/content/markdown';
import { getPublishedArticle } from '@/lib/content/queries';
import { createArticle, publishArticle, saveArticle, updateArticle } from '@/lib/content/service';
import { articleFormSchema } from '@/lib/content/schemas';
import { db } from '@/lib/db';
import { founder } from '@/prisma/seed-content';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/qlclaw-articles-${crypto.randomUUID()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => viewer.current }));
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/cache', () => cache);

const DAY = 24 * 60 * 60 * 1000;
let counter = 0;

/** A complete, valid editor form; each call gets its own slug. */
function formValues(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  counter += 1;
  return {
    id: '',
    title: `Releasing the psoas, part ${counter}`,
    slug: `releasing-the-psoas-${counter}`,
    excerpt: 'How to find the psoas and let it go, gently.',
    bodyMarkdown: '## Where it is\n\nDeep in the belly, in front of the spine.\n',
    tags: 'Hip Flexors, low back,, hip flexors',
    muscles: ['psoas', 'iliacus'],
    seoTitle: '',
    seoDescription: '',
    intent: 'save',
    publishAt: '',
    ...overrides,
  };
}

function asFormData(values: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

const save = (values: Record<string, string | string[] | File>) => saveArticleAction({ ok: true }, asFormData(values));

/** Creating redirects to the editor: the id is in the redirect's target. */
async function createThroughAction(values: Record<string, string | string[]>): Promise<string> {
  const error = await save(values).then(
    (result) => ({ result }),
    (thrown: unknown) => thrown,
  );
  const digest = String((error as { digest?: string }).digest);
  const id = /\/admin\/articles\/([^?;]+)\?created=1/.exec(digest)?.[1];
  if (!id) throw new Error(`expected a redirect to the editor, got ${JSON.stringify(error)}`);
  return id;
}

const article = (id: string) => db.article.findUniqueOrThrow({ where: { id } });
/** What readers see: only rows whose publication time has come. */
const visible = (slug: string, now = new Date()) => db.article.findFirst({ where: { slug, publishedAt: { lte: now } }, select: { id: true } });
const dateTimeLocal = (date: Date) => date.toISOString().slice(0, 16);

beforeAll(async () => {
  await db.author.create({ data: founder });
});
beforeEach(() => {
  viewer.current = { id: 's1', email: 'support@example.test', role: 'SUPPORT' };
  cache.revalidatePath.mockClear();
});
afterAll(() => rm(uploadDir, { recursive: true, force: true }));

describe('the article editor', () => {
  it('creates a draft that readers cannot see, by the founder, with tags in kebab-case', async () => {
    const values = formValues();
    const id = await createThroughAction(values);
    const saved = await article(id);
    expect(saved).toMatchObject({ slug: values.slug, publishedAt: null, tags: ['hip-flexors', 'low-back'], muscles: ['psoas', 'iliacus'], seoTitle: null });
    expect(saved.authorId).toBe((await db.author.findUniqueOrThrow({ where: { slug: 'founder' } })).id);
    expect(await visible(saved.slug)).toBeNull();
    expect(await getPublishedArticle(saved.slug)).toBeNull();
    for (const args of [['/', 'layout'], ['/sitemap.xml'], ['/blog/rss.xml']]) expect(cache.revalidatePath).toHaveBeenCalledWith(...args);
  });

  it('refuses visitors and customers, changing nothing (support agents and admins may write)', async () => {
    const values = formValues();
    const id = await createThroughAction(values);
    const before = await article(id);
    const count = await db.article.count();
    for (const [person, code] of [[null, 'UNAUTHENTICATED'], [{ id: 'c1', email: 'c@example.test', role: 'CUSTOMER' }, 'FORBIDDEN']] as const) {
      viewer.current = person;
      expect(await save({ ...values, id, title: 'Defaced', intent: 'publish' })).toMatchObject({ ok: false, code });
      expect(await save(formValues())).toMatchObject({ ok: false, code });
    }
    expect(await article(id)).toEqual(before);
    expect(await db.article.count()).toBe(count);
  });

  it('suggests the slug from the title when it is left empty', async () => {
    const id = await createThroughAction(formValues({ title: 'Gluteus Medius: Why It Aches & What Helps', slug: '  ' }));
    expect((await article(id)).slug).toBe('gluteus-medius-why-it-aches-and-what-helps');
  });

  it('publishes now, schedules for later (not visible until then), and unpublishes', async () => {
    const values = formValues();
    const id = await createThroughAction(values);
    const slug = values.slug as string;

    expect(await save({ ...values, id, intent: 'publish' })).toMatchObject({ ok: true, message: 'Published: the article is live.' });
    expect((await article(id)).publishedAt).not.toBeNull();
    expect(await visible(slug)).not.toBeNull();
    expect(cache.revalidatePath).toHaveBeenCalledWith('/', 'layout');

    const at = new Date(Math.ceil((Date.now() + 2 * DAY) / 60_000) * 60_000);
    const scheduled = await save({ ...values, id, intent: 'schedule', publishAt: dateTimeLocal(at) });
    expect(scheduled).toMatchObject({ ok: true, message: expect.stringMatching(/^Scheduled for .* UTC\.$/) });
    expect((await article(id)).publishedAt).toEqual(at);
    expect(await visible(slug)).toBeNull();
    expect(await getPublishedArticle(slug)).toBeNull();
    expect(await visible(slug, new Date(at.getTime() + 1))).not.toBeNull();

    expect(await save({ ...values, id, intent: 'unpublish' })).toMatchObject({ ok: true, message: 'Unpublished: the article is a draft again.' });
    expect((await article(id)).publishedAt).toBeNull();
  });

  it('reads the scheduled time in UTC and refuses a time that is not in the future', async () => {
    const now = new Date('2030-06-01T12:00:00Z');
    const parse = (publishAt: string) => articleFormSchema(now).safeParse({ ...formValues({ intent: 'schedule', publishAt }) });
    expect(parse('2030-06-01T12:01').data?.publishAt).toEqual(new Date('2030-06-01T12:01:00Z'));
    for (const bad of ['2030-06-01T12:00', '2030-05-31T23:59', '', 'tomorrow']) {
      expect(parse(bad).error?.issues.map((i) => i.path.join('.')), bad).toEqual(['publishAt']);
    }

    const values = formValues();
    const id = await createThroughAction(values);
    const before = await article(id);
    const refused = await save({ ...values, id, title: 'Changed', intent: 'schedule', publishAt: dateTimeLocal(new Date(Date.now() - DAY)) });
    expect(refused).toMatchObject({ ok: false, code: 'UNPROCESSABLE', fieldErrors: { publishAt: ['Pick a time in the future to schedule.'] } });
    expect(await article(id)).toEqual(before);
  });

  it('turns the old slug of a published article into a redirect, and taking it back removes it', async () => {
    const now = new Date();
    const first = await createArticle(fieldsOf(formValues()));
    await publishArticle(first.id, new Date(now.getTime() - DAY));
    const renamed = await updateArticle(first.id, { ...fieldsOf(formValues()), slug: `${first.slug}-renamed` }, now);

    const redirect = await db.articleRedirect.findUnique({ where: { fromSlug: first.slug }, select: { article: { select: { id: true, slug: true } } } });
    expect(redirect?.article).toEqual({ id: first.id, slug: renamed.slug });
    expect(await getPublishedArticle(renamed.slug)).not.toBeNull();

    await updateArticle(first.id, { ...fieldsOf(formValues()), slug: first.slug }, now);
    expect(await db.articleRedirect.findMany({ where: { articleId: first.id }, select: { fromSlug: true } })).toEqual([{ fromSlug: renamed.slug }]);

    // A draft was never public: renaming it leaves no redirect.
    const draft = await createArticle(fieldsOf(formValues()));
    await updateArticle(draft.id, { ...fieldsOf(formValues()), slug: `${draft.slug}-b` }, now);
    expect(await db.articleRedirect.count({ where: { articleId: draft.id } })).toBe(0);
  });

  it('refuses a slug taken by another article or by its old slug, and changes nothing', async () => {
    const a = formValues();
    const b = formValues();
    const aId = await createThroughAction(a);
    const bId = await createThroughAction(b);
    await saveArticle(articleFormSchema(new Date()).parse({ ...a, id: aId, intent: 'publish' }), undefined);
    await updateArticle(aId, { ...fieldsOf(a), slug: `${a.slug}-new` });
    const before = await db.article.findMany({ orderBy: { id: 'asc' } });
    const redirects = await db.articleRedirect.findMany({ orderBy: { fromSlug: 'asc' } });

    for (const slug of [`${a.slug}-new`, a.slug as string]) {
      const result = await save({ ...b, id: bId, slug, title: 'Renamed too' });
      expect(result, slug).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { slug: ['That slug is taken.'] } });
    }
    await expect(createArticle({ ...fieldsOf(formValues()), slug: a.slug as string })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.article.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await db.articleRedirect.findMany({ orderBy: { fromSlug: 'asc' } })).toEqual(redirects);
  });

  it('returns errors keyed by input name for bad input and saves nothing', async () => {
    const values = formValues();
    const id = await createThroughAction(values);
    const before = await article(id);
    cache.revalidatePath.mockClear();
    const bad = { ...values, id, slug: 'Not A Slug', excerpt: 'short', bodyMarkdown: '   ', muscles: ['psoas', 'spleen'], seoTitle: 'x'.repeat(61), seoDescription: 'y'.repeat(161), intent: 'publish' };
    const result = await save(bad);
    expect(result).toMatchObject({ ok: false, code: 'UNPROCESSABLE', values: { slug: 'Not A Slug', muscles: 'psoas,spleen' } });
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['bodyMarkdown', 'excerpt', 'muscles', 'seoDescription', 'seoTitle', 'slug']);
    expect(await article(id)).toEqual(before);
    expect(cache.revalidatePath).not.toHaveBeenCalled();
  });

  it('stores an XSS attempt exactly as typed, and the preview renders none of it as code', async () => {
    const body = 'Hi.\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1))\n';
    const values = formValues({ bodyMarkdown: body });
    const id = await createThroughAction(values);
    expect((await article(id)).bodyMarkdown).toBe(body);
    const { html } = renderMarkdown(body);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\bon\w+\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
  });

  it('refuses a file that lies about being an image and stores nothing; stores a real one by its hash', async () => {
    const values = formValues();
    const id = await createThroughAction(values);
    const before = await article(id);
    const liar = new File(['<svg onload=alert(1)>'], 'cover.png', { type: 'image/png' });
    const refused = await save({ ...values, id, title: 'Changed', coverImage: liar });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { coverImage: ['That file is not a PNG, JPEG or WebP image, whatever its name says.'] } });
    expect(await article(id)).toEqual(before);
    expect(await readdir(uploadDir).catch(() => [])).toEqual([]);

    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'anything.bin');
    expect(await save({ ...values, id, coverImage: png })).toMatchObject({ ok: true });
    const path = (await article(id)).coverImagePath;
    expect(path).toMatch(/^\/media\/public\/covers\/[0-9a-f]{32}\.png$/);
    expect(await readdir(`${uploadDir}/public/covers`)).toContain(path!.split('/').at(-1));

    expect(await save({ ...values, id, removeCover: 'on' })).toMatchObject({ ok: true });
    expect((await article(id)).coverImagePath).toBeNull();
  });
});

function fieldsOf(values: Record<string, string | string[]>) {
  const { id: _id, intent: _intent, publishAt: _publishAt, removeCover: _removeCover, ...fields } = articleFormSchema(new Date()).parse(values);
  return fields;
}
