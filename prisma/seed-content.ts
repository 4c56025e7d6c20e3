import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../lib/db';
import { parseFrontMatter, type FrontMatterValue } from '../lib/content/front-matter';

/** Seeds the author, the articles and the muscle guides from prisma/content/. Creates only. */
const CONTENT_DIR = path.join(import.meta.dirname, 'content');

export const founder = {
  slug: 'founder',
  name: 'The QL Claw founder',
  title: 'Maker of QL Claw, and a lower back with a long history',
  bio:
    'I spent years with a lower back that locked up a few times a year and never fully let go in between. ' +
    'I read everything I could about the muscles involved, worked with professionals, and eventually built the tool ' +
    'I could not find. I write here about what I learned along the way, in plain words. I am not a clinician: ' +
    'where something needs a professional, I say so.',
};

async function documents(folder: string) {
  const dir = path.join(CONTENT_DIR, folder);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  return Promise.all(
    files.map(async (file) => {
      const { data, body } = parseFrontMatter(await readFile(path.join(dir, file), 'utf8'));
      return { file, body, field: fieldReader(file, data) };
    }),
  );
}

function fieldReader(file: string, data: Record<string, FrontMatterValue>) {
  return {
    text(key: string): string {
      const value = data[key];
      if (typeof value !== 'string' || !value) throw new Error(`${file}: front matter needs "${key}"`);
      return value;
    },
    optional(key: string): string | null {
      return typeof data[key] === 'string' && data[key] ? (data[key] as string) : null;
    },
    list(key: string): string[] {
      return Array.isArray(data[key]) ? (data[key] as string[]) : [];
    },
  };
}

/** A retitled article's earlier slugs (front matter `oldSlugs`) keep answering, as a staff rename would. */
async function keepOldSlugs(db: Db, articleId: string, oldSlugs: string[]): Promise<void> {
  for (const fromSlug of oldSlugs) {
    if (await db.article.findUnique({ where: { slug: fromSlug }, select: { id: true } })) continue;
    await db.articleRedirect.upsert({ where: { fromSlug }, create: { fromSlug, articleId }, update: {} });
  }
}

export async function seedContent(db: Db): Promise<{ articles: number; guides: number }> {
  const author = await db.author.upsert({ where: { slug: founder.slug }, create: founder, update: {} });

  const articles = await documents('articles');
  for (const { body, field } of articles) {
    const slug = field.text('slug');
    const saved = await db.article.upsert({
      where: { slug },
      create: {
        slug,
        title: field.text('title'),
        excerpt: field.text('excerpt'),
        bodyMarkdown: body,
        tags: field.list('tags'),
        muscles: field.list('muscles'),
        seoTitle: field.optional('seoTitle'),
        seoDescription: field.optional('seoDescription'),
        coverImagePath: '/images/article-cover.svg',
        publishedAt: new Date(`${field.text('publishedAt')}T08:00:00Z`),
        authorId: author.id,
      },
      update: {},
    });
    await keepOldSlugs(db, saved.id, field.list('oldSlugs'));
  }
  // Articles seeded before authors existed get the founder.
  await db.article.updateMany({ where: { authorId: null }, data: { authorId: author.id } });

  const guides = await documents('muscles');
  for (const { body, field } of guides) {
    const slug = field.text('slug');
    await db.muscleGuide.upsert({
      where: { slug },
      create: {
        slug,
        name: field.text('name'),
        shortName: field.text('shortName'),
        title: field.text('title'),
        excerpt: field.text('excerpt'),
        bodyMarkdown: body,
        seoTitle: field.optional('seoTitle'),
        seoDescription: field.optional('seoDescription'),
        illustrationPath: `/images/muscles/${slug}.svg`,
        position: Number(field.text('position')),
      },
      update: {},
    });
  }
  return { articles: articles.length, guides: guides.length };
}
