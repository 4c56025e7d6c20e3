import { randomBytes } from 'node:crypto';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';

test('staff publish an article about the psoas; it reaches the blog, its tag, the guide, the sitemap and the feed at once, and readers can buy from it', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const id = randomBytes(3).toString('hex');
  const title = `Sleeping positions for a tight psoas ${id}`;
  const tag = `sleep-${id}`;

  const staff = await browser.newContext();
  await signInAs(staff, 'SUPPORT');
  const editor = await staff.newPage();
  await editor.goto('/admin/articles/new');
  await editor.getByLabel('Title', { exact: true }).fill(title);
  await editor.getByLabel('Excerpt').fill('How to lie down so a tight psoas can let go overnight, and what to do in the morning.');
  await editor
    .getByLabel('Body (Markdown)')
    .fill(
      `## Why nights are hard\n\nA tight psoas pulls on the lumbar spine when you lie flat.\n\n` +
        `<script>window.__pwned = true</script>\n\n<img src=x onerror="window.__pwned = true">\n\n[click me](javascript:window.__pwned=true)\n\n` +
        `## Where QL Claw fits\n\nA few minutes with [QL Claw](/products/ql-claw) before bed.`,
    );
  await expect(editor.getByText('Why nights are hard').last()).toBeVisible();
  await editor.getByLabel('Tags').fill(`Sleep ${id}`);
  await editor.getByRole('checkbox', { name: 'Psoas' }).check();
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/[^/]+$/);
  await expect(editor.getByText(/Live on the blog since/)).toBeVisible();
  const slug = await editor.getByLabel('Slug').inputValue();
  await staff.close();

  // No rebuild: the prerendered pages were refreshed by the publish.
  await page.goto('/blog');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto(`/blog/tag/${tag}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto('/muscles/psoas');
  await expect(page.getByRole('region', { name: /Articles that mention the Psoas/ }).getByRole('link', { name: title })).toBeVisible();
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`/blog/${slug}</loc>`);
  const feed = await request.get('/blog/rss.xml');
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  expect(await feed.text()).toContain(`<title>${title}</title>`);

  // The reader's view: the article renders, the attack in its body does nothing.
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(
    page.locator('article script:not([type="application/ld+json"]), article [onerror], article a[href^="javascript:"]'),
  ).toHaveCount(0);

  // …and buys from the product panel.
  const panel = page.getByRole('region', { name: 'Give these muscles a deep massage yourself' });
  await panel.getByRole('button', { name: 'Add to cart' }).click();
  await expect(panel.getByRole('status')).toHaveText('Added to your cart.');
  await expect(page.getByTestId('cart-count')).toBeVisible();
});

test('an old article address redirects permanently to its new slug', async ({ page, browser, request }) => {
  const staff = await browser.newContext();
  await signInAs(staff, 'ADMIN');
  const editor = await staff.newPage();
  await editor.goto('/admin/articles');
  await editor.getByRole('link', { name: /The last straw spasm/ }).click();
  const oldSlug = await editor.getByLabel('Slug').inputValue();
  const newSlug = `${oldSlug}-${randomBytes(2).toString('hex')}`;
  await editor.getByLabel('Slug').fill(newSlug);
  await editor.getByRole('button', { name: /Save changes/ }).click();
  await expect(editor.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
  await staff.close();

  const response = await request.get(`/blog/${oldSlug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers()['location']).toMatch(new RegExp(`/blog/${newSlug}$`));
  await page.goto(`/blog/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/blog/${newSlug}$`));
});
