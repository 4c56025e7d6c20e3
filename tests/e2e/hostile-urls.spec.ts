import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { sql } from './support/db';

/**
 * No address a visitor can type produces a 5xx: every public page and route
 * is fetched with a NUL byte, a lone surrogate (as the UTF-8 bytes of
 * U+D800, which no decoder accepts) and 10,000 characters, in its path
 * segment and in its query string.
 */
const HOSTILE = { nul: '%00', 'lone surrogate': '%ED%A0%80', 'escaped lone surrogate': '%uD800', '10k characters': 'a'.repeat(10_000) };

const IN_PATH = [
  '/products/$',
  '/blog/$',
  '/blog/$/opengraph-image',
  '/blog/page/$',
  '/blog/tag/$',
  '/blog/tag/$/page/2',
  '/muscles/$',
  '/authors/$',
  '/checkout/test/$',
  '/media/$',
  '/api/support/attachments/$',
];
const IN_QUERY = [
  '/search?q=$',
  '/cart?notice=$',
  '/orders/view?token=$',
  '/returns/view?token=$',
  '/returns/new?token=$',
  '/returns/slip?token=$',
  '/support?order=$',
  '/support/tickets/view?token=$',
  '/checkout/success?session_id=$',
  '/sign-in?callbackUrl=$',
  '/sign-in/error?error=$',
  '/api/checkout/return?session_id=$',
  '/api/cart?x=$',
];

for (const template of [...IN_PATH, ...IN_QUERY]) {
  for (const [kind, text] of Object.entries(HOSTILE)) {
    test(`GET ${template} with ${kind} answers below 500`, async ({ request }) => {
      const response = await request.get(template.replace('$', text), { maxRedirects: 0, failOnStatusCode: false });
      expect(response.status()).toBeLessThan(500);
    });
  }
}

test('the first, uncached redirect from an old article slug sends one Location header', async ({ request }) => {
  const [article] = await sql<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Article" WHERE "publishedAt" <= now() ORDER BY "publishedAt" LIMIT 1`,
  );
  const oldSlug = `an-old-address-${randomBytes(3).toString('hex')}`;
  await sql(`INSERT INTO "ArticleRedirect" ("fromSlug", "articleId") VALUES ($1, $2)`, [oldSlug, article!.id]);
  for (const attempt of ['first (rendered now)', 'second (from the cache)']) {
    const response = await request.get(`/blog/${oldSlug}`, { maxRedirects: 0 });
    expect(response.status(), attempt).toBe(308);
    const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
    expect(
      locations.map((h) => h.value),
      attempt,
    ).toEqual([`/blog/${article!.slug}`]);
  }
});
