import { sql } from './support/db';
import { expect, test } from './support/fixtures';

test('readers find the starting articles on /blog and read one, with the medical notice', async ({ page }) => {
  const published = await sql<{ slug: string; title: string }>(
    `SELECT slug, title FROM "Article" WHERE "publishedAt" <= now() ORDER BY "publishedAt" DESC`,
  );
  expect(published.length).toBeGreaterThanOrEqual(2);

  await page.goto('/blog');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  for (const article of published) {
    await expect(page.getByRole('link', { name: article.title })).toBeVisible();
  }

  await page.getByRole('link', { name: 'What sets off a lower-back spasm, and when to worry' }).click();
  await expect(page).toHaveURL(/\/blog\/what-sets-off-a-lower-back-spasm$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/what sets off a lower-back spasm/i);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  const notice = page.getByRole('complementary', { name: /when to call a doctor/i });
  await expect(notice).toContainText('changes in how your bladder or bowel works');
  await expect(notice).toContainText('urgent medical care the same day');
  await expect(notice.getByRole('listitem')).toHaveCount(8);
  await expect(notice).toContainText('not medical advice');
  await expect(page.getByRole('link', { name: /QL Claw/ }).first()).toBeVisible();
});

test('the retitled article still answers at its old address', async ({ page }) => {
  await page.goto('/blog/why-you-get-low-back-spasms');
  await expect(page).toHaveURL(/\/blog\/what-sets-off-a-lower-back-spasm$/);
  await expect(page.getByRole('heading', { level: 2, name: 'What tends to help a spasm settle' })).toBeVisible();
});

test('an unpublished or unknown article is a 404', async ({ page }) => {
  await sql(`INSERT INTO "Article" (id, slug, title, excerpt, "bodyMarkdown", tags, muscles, "updatedAt")
             VALUES ('draft-e2e', 'a-draft', 'A draft', 'x', 'x', '{}', '{}', now()) ON CONFLICT (id) DO NOTHING`);
  expect((await page.goto('/blog/a-draft'))?.status()).toBe(404);
  expect((await page.goto('/blog/never-written'))?.status()).toBe(404);
});
