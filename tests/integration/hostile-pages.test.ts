import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import AuthorPage from '@/app/(content)/authors/[slug]/page';
import ArticlePage from '@/app/(content)/blog/[slug]/page';
import { ArticleIndex } from '@/app/(content)/blog/_components/article-index';
import GuidePage from '@/app/(content)/muscles/[slug]/page';
import ProductPage from '@/app/(shop)/products/[slug]/page';
import { searchForPage, SEARCHES_PER_IP } from '@/lib/content/search-page';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { request } from '../support/next-headers';
import { HOSTILE_STRINGS } from './hostile-support';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));

beforeAll(() => seed(db));
beforeEach(async () => {
  request.ip = '198.51.100.40';
  await db.rateLimitBucket.deleteMany();
});

/** What a page threw: Next's 404 is an error whose digest says so; anything else would be a 500. */
async function outcomeOf(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return 'rendered';
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    return digest.includes(';404') ? 'not found' : `error: ${(error as Error).message.slice(0, 120)}`;
  }
}

const pages = {
  '/blog/[slug]': (slug: string) => ArticlePage({ params: Promise.resolve({ slug }) }),
  '/blog/tag/[tag]': (tag: string) => ArticleIndex({ page: 1, tag }),
  '/muscles/[slug]': (slug: string) => GuidePage({ params: Promise.resolve({ slug }) }),
  '/authors/[slug]': (slug: string) => AuthorPage({ params: Promise.resolve({ slug }) }),
  '/products/[slug]': (slug: string) => ProductPage({ params: Promise.resolve({ slug }) }),
};

describe('hostile path segments', () => {
  for (const [route, render] of Object.entries(pages)) {
    for (const [kind, text] of Object.entries({ ...HOSTILE_STRINGS, 'bare NUL': '\u0000', 'upper case': 'QL-CLAW' })) {
      if (!text) continue;
      it(`${route} with ${kind} is a 404`, async () => {
        expect(await outcomeOf(() => render(text))).toBe('not found');
      });
    }
  }
});

describe('hostile search queries', () => {
  it('refuses NUL and lone surrogates with a message, and searches the rest', async () => {
    for (const [kind, text] of Object.entries(HOSTILE_STRINGS)) {
      const outcome = await searchForPage(text);
      if (kind === 'nul' || kind === 'lone surrogate') expect(outcome.problem, kind).toMatch(/characters we cannot search for/);
      else expect(outcome.problem, kind).toBeUndefined();
    }
    const repeated = await searchForPage(['psoas', '\u0000']);
    expect([repeated.query, repeated.problem]).toEqual(['psoas', undefined]);
  });

  it('does no database work without a query, and limits searches per address', async () => {
    expect(await searchForPage(undefined)).toEqual({ query: '', results: [] });
    expect(await db.rateLimitBucket.count()).toBe(0);
    for (let i = 0; i < SEARCHES_PER_IP.limit; i++) expect((await searchForPage('psoas')).problem).toBeUndefined();
    expect((await searchForPage('psoas')).problem).toMatch(/searched a lot/);
  });
});
