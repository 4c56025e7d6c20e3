import { beforeAll, describe, expect, it } from 'vitest';
import { db, Prisma } from '@/lib/db';
import { getAuthorWithArticles } from '@/lib/content/author-queries';
import { getGuide, listGuides } from '@/lib/content/guides';
import {
  getPublishedArticle,
  getRedirectTarget,
  listArticlesForMuscle,
  listArticlesPage,
  listPublishedArticles,
  listPublishedTags,
  listRelatedArticles,
} from '@/lib/content/queries';
import { searchContent, searchStatement } from '@/lib/content/search';
import { seed } from '@/prisma/seed';

/** The seeded content: 6 articles (newest 2026-11-16), 4 guides, the founder. Times are fixed, never the clock. */
const NOW = new Date('2026-11-22T12:00:00Z');

async function addArticle(slug: string, data: Partial<Prisma.ArticleUncheckedCreateInput>) {
  const author = await db.author.findUniqueOrThrow({ where: { slug: 'founder' } });
  return db.article.create({
    data: {
      slug,
      title: `Title of ${slug}`,
      excerpt: 'An excerpt.',
      bodyMarkdown: 'Words.',
      tags: [],
      muscles: [],
      authorId: author.id,
      ...data,
    },
  });
}

describe('content reader', () => {
  beforeAll(() => seed(db));

  it('lists published articles newest first, 9 to a page', async () => {
    const all = await listPublishedArticles({ now: NOW });
    expect(all.map((a) => a.slug).slice(0, 2)).toEqual(['the-last-straw-spasm', 'lifting-injuries-and-the-gluteus-medius']);
    expect(all).toHaveLength(6);

    const first = await listArticlesPage({ page: 1, now: NOW });
    expect(first).toMatchObject({ page: 1, total: 6, totalPages: 1 });
    expect(first.articles.map((a) => a.slug)).toEqual(all.map((a) => a.slug));
    expect(first.articles[0]!.readingMinutes).toBeGreaterThan(1);

    const small = await listArticlesPage({ page: 2, perPage: 4, now: NOW });
    expect(small).toMatchObject({ page: 2, total: 6, totalPages: 2 });
    expect(small.articles.map((a) => a.slug)).toEqual(all.slice(4).map((a) => a.slug));
    expect((await listArticlesPage({ page: 3, perPage: 4, now: NOW })).articles).toEqual([]);
  });

  it('filters by tag and knows every tag in use', async () => {
    const psoas = await listArticlesPage({ tag: 'psoas', now: NOW });
    expect(psoas.articles.map((a) => a.slug)).toEqual([
      'hip-flexors-and-anterior-pelvic-tilt',
      'what-sets-off-a-lower-back-spasm',
      'lower-back-muscle-spasms',
    ]);
    expect(psoas.articles.every((a) => a.tags.includes('psoas'))).toBe(true);
    expect((await listArticlesPage({ tag: 'no-such-tag', now: NOW })).total).toBe(0);

    const tags = await listPublishedTags(NOW);
    expect(tags[0]).toEqual({ tag: 'back-spasms', count: 6 });
    expect(tags.map((t) => t.tag)).toContain('gluteus-medius');
  });

  it('keeps a scheduled article and a draft out until their time comes', async () => {
    const publishAt = new Date('2026-12-01T08:00:00Z');
    await addArticle('coming-soon', { publishedAt: publishAt, tags: ['back-spasms'], bodyMarkdown: 'A zygapophyseal surprise.' });
    await addArticle('still-a-draft', { publishedAt: null, tags: ['back-spasms'] });
    const before = new Date(publishAt.getTime() - 1);

    expect(await getPublishedArticle('coming-soon', before)).toBeNull();
    expect(await getPublishedArticle('still-a-draft', NOW)).toBeNull();
    expect((await listPublishedArticles({ now: before })).map((a) => a.slug)).not.toContain('coming-soon');
    expect((await listArticlesPage({ tag: 'back-spasms', now: before })).total).toBe(6);
    expect(await searchContent('zygapophyseal', { now: before })).toEqual([]);

    expect(await getPublishedArticle('coming-soon', publishAt)).toMatchObject({ slug: 'coming-soon', author: { slug: 'founder' } });
    expect((await listPublishedArticles({ now: publishAt }))[0]!.slug).toBe('coming-soon');
    expect((await searchContent('zygapophyseal', { now: publishAt })).map((r) => r.slug)).toEqual(['coming-soon']);
    expect((await getAuthorWithArticles('founder', publishAt))!.articles.map((a) => a.slug)).not.toContain('still-a-draft');
  });

  it('renders an article with its author and headings for the contents', async () => {
    const article = await getPublishedArticle('what-sets-off-a-lower-back-spasm', NOW);
    expect(article).toMatchObject({ author: { slug: 'founder', name: 'The QL Claw founder' } });
    expect(article!.headings.filter((h) => h.level === 2).length).toBeGreaterThanOrEqual(4);
    expect(article!.html).toContain(`id="${article!.headings[0]!.id}"`);
  });

  it('suggests up to three related articles sharing tags or muscles, never the article itself', async () => {
    const article = (await getPublishedArticle('hip-flexors-and-anterior-pelvic-tilt', NOW))!;
    const related = await listRelatedArticles(article, { now: NOW });
    expect(related).toHaveLength(3);
    expect(related.map((a) => a.slug)).not.toContain(article.slug);
    // Three articles share three tags and all three muscles: those, newest first, beat
    // the-last-straw-spasm (two tags) and lifting-injuries (one tag, one muscle).
    expect(related.map((a) => a.slug)).toEqual(['desk-posture-and-the-ql', 'what-sets-off-a-lower-back-spasm', 'lower-back-muscle-spasms']);
    expect(await listRelatedArticles({ slug: 'x', tags: [], muscles: [] }, { now: NOW })).toEqual([]);
  });

  it('finds the published articles that mention a muscle', async () => {
    const glute = await listArticlesForMuscle('gluteus-medius', { now: NOW });
    expect(glute.map((a) => a.slug)).toEqual([
      'the-last-straw-spasm',
      'lifting-injuries-and-the-gluteus-medius',
      'what-sets-off-a-lower-back-spasm',
      'lower-back-muscle-spasms',
    ]);
    expect(await listArticlesForMuscle('hamstring', { now: NOW })).toEqual([]);
  });

  it('lists the guides in position order and renders one', async () => {
    expect((await listGuides()).map((g) => g.slug)).toEqual(['quadratus-lumborum', 'gluteus-medius', 'psoas', 'iliacus']);
    const guide = await getGuide('iliacus');
    expect(guide).toMatchObject({ name: 'Iliacus', illustration: { src: '/images/muscles/iliacus.svg' } });
    expect(guide!.illustration.alt).toMatch(/iliacus/i);
    expect(guide!.html).toContain('<h2');
    expect(await getGuide('hamstring')).toBeNull();
  });

  it('searches articles by a word in the body and guides by name, title matches first', async () => {
    // "Spreadsheets" appears once, in the body (not title or excerpt) of one article; stemming matches the singular.
    const body = await searchContent('spreadsheet', { now: NOW });
    expect(body).toEqual([
      expect.objectContaining({ type: 'Article', slug: 'desk-posture-and-the-ql', href: '/blog/desk-posture-and-the-ql' }),
    ]);

    const guide = await searchContent('iliacus', { now: NOW });
    expect(guide[0]).toMatchObject({ type: 'Guide', slug: 'iliacus', href: '/muscles/iliacus' });
    expect(guide.some((r) => r.type === 'Article')).toBe(true);

    const sock = await searchContent('sock', { now: NOW });
    expect(sock[0]!.slug).toBe('the-last-straw-spasm');
    expect(sock.length).toBeGreaterThan(1);
    expect(sock.map((r) => r.rank)).toEqual([...sock.map((r) => r.rank)].sort((a, b) => b - a));
  });

  it('treats search input as words, not syntax, and caps its length', async () => {
    expect(await searchContent('   ', { now: NOW })).toEqual([]);
    await expect(searchContent(`"psoas" -iliacus OR ) ( ' ; DROP TABLE "Article"; --`, { now: NOW })).resolves.toBeInstanceOf(Array);
    // Only the first 200 characters count: the word past them would otherwise match nothing.
    expect(await searchContent(`psoas${' '.repeat(300)}nonexistentword`, { now: NOW })).not.toEqual([]);
    expect(await searchContent('psoas nonexistentword', { now: NOW })).toEqual([]);
    expect(await db.article.count()).toBeGreaterThan(0);
  });

  it('uses the full-text expression indexes', async () => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const rows = await tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${searchStatement('psoas', NOW, 20)}`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('Article_search_idx');
    expect(plan).toContain('MuscleGuide_search_idx');
  });

  it('redirects an old slug to the current one, only while that article is published', async () => {
    const article = await db.article.findUniqueOrThrow({ where: { slug: 'the-last-straw-spasm' } });
    await db.articleRedirect.create({ data: { fromSlug: 'sock-spasm', articleId: article.id } });
    expect(await getRedirectTarget('sock-spasm', NOW)).toBe('the-last-straw-spasm');
    expect(await getRedirectTarget('never-existed', NOW)).toBeNull();

    const draft = await addArticle('renamed-draft', { publishedAt: null });
    await db.articleRedirect.create({ data: { fromSlug: 'old-draft', articleId: draft.id } });
    expect(await getRedirectTarget('old-draft', NOW)).toBeNull();
  });
});
