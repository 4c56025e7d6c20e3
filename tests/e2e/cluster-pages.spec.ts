import { randomBytes, randomInt } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { CLUSTER_ENABLED, CLUSTER_URL, contextOn, on, signInOnCluster, type Instance } from './support/cluster';

/**
 * Many instances, one store: what staff change through instance A is what shoppers get from instance B at once.
 * Each test first has B serve the page, so B holds it in its own page cache: only a shared cache (REDIS_URL)
 * makes B drop it. The cluster (scripts/cluster-server.ts) has its own database, so these edits touch no other spec.
 */
test.skip(!CLUSTER_ENABLED, 'E2E_CLUSTER=off: the multi-instance cluster is not started');

/** Whether `path`, asked of one instance through the balancer, shows `needle` (a failure names both, not the page). */
async function shows(request: APIRequestContext, instance: Instance, path: string, needle: string): Promise<boolean> {
  const response = await request.get(`${CLUSTER_URL}${path}`, { headers: on(instance) });
  expect(response.status(), `GET ${path} on instance ${instance}`).toBe(200);
  return (await response.text()).includes(needle);
}

async function staffPage(browser: Browser, role: 'ADMIN' | 'SUPPORT', instance: Instance) {
  const context = await contextOn(browser, instance);
  await signInOnCluster(context, role);
  return { context, page: await context.newPage() };
}

test('a price edited through instance A is on instance B’s product page at the next request', async ({ browser, request }) => {
  const cents = randomInt(10_000, 19_999);
  const price = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  expect(await shows(request, 'b', '/products/ql-claw', `$${price}`), 'B before the edit').toBe(false);

  const { context, page } = await staffPage(browser, 'ADMIN', 'a');
  await page.goto('/admin/products');
  const product = page.getByRole('region', { name: 'QL Claw' }).first();
  await product.getByLabel('Price (USD)').first().fill(price);
  await product.getByRole('button', { name: /^Save / }).click();
  await expect(product.getByText(/^Saved /)).toBeVisible();
  await context.close();

  expect(await shows(request, 'a', '/products/ql-claw', `$${price}`), `instance A, which served the edit, shows $${price}`).toBe(true);
  expect(await shows(request, 'b', '/products/ql-claw', `$${price}`), `instance B, at the next request, shows $${price}`).toBe(true);
});

test('an article published through instance A is on instance B’s blog, sitemap and feed at once', async ({ browser, request }) => {
  const id = randomBytes(3).toString('hex');
  const title = `Loosening the quadratus lumborum after a long drive ${id}`;
  // B serves (and caches) each list before the article exists.
  for (const path of ['/blog', '/sitemap.xml', '/blog/rss.xml'])
    expect(await shows(request, 'b', path, title), `B's ${path} before`).toBe(false);

  const { context, page } = await staffPage(browser, 'SUPPORT', 'a');
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Excerpt').fill('Three stretches for the lower back after hours at the wheel, and when to stop.');
  await page
    .getByLabel('Body (Markdown)')
    .fill(
      `## After the drive\n\nStand, walk for a minute, then lean gently to each side.\n\nA few minutes with [QL Claw](/products/ql-claw) helps.`,
    );
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText(/Live on the blog since/)).toBeVisible();
  const slug = await page.getByLabel('Slug').inputValue();
  await context.close();

  expect(await shows(request, 'b', '/blog', title), 'the article on B’s /blog').toBe(true);
  expect(await shows(request, 'b', '/sitemap.xml', `/blog/${slug}</loc>`), 'the article in B’s sitemap').toBe(true);
  expect(await shows(request, 'b', '/blog/rss.xml', `<title>${title}</title>`), 'the article in B’s feed').toBe(true);
  expect(await shows(request, 'b', `/blog/${slug}`, title), 'the article’s own page on B').toBe(true);
});

/** A valid 1×1 PNG with random bytes after its end, so each run uploads a file the store has never seen. */
function uniquePng(): Buffer {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  return Buffer.concat([png, randomBytes(16)]);
}

test('a cover uploaded through instance A is served by instance B', async ({ browser, request }) => {
  const cover = uniquePng();
  const { context, page } = await staffPage(browser, 'SUPPORT', 'a');
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title', { exact: true }).fill(`Cover check ${randomBytes(3).toString('hex')}`);
  await page.getByLabel('Excerpt').fill('A draft whose only purpose is its cover image.');
  await page.getByLabel('Body (Markdown)').fill('## Draft\n\nNothing to read yet.');
  await page.getByLabel('Upload a cover').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: cover });
  await page.getByRole('button', { name: 'Save draft' }).click();
  const shown = page.getByRole('img', { name: 'The current cover image' });
  await expect(shown).toBeVisible();
  const src = (await shown.getAttribute('src'))!;
  await context.close();

  // A relative URL is the app's own (/media/…), asked of B; an absolute one is the bucket's or the CDN's.
  const url = new URL(src, CLUSTER_URL).toString();
  const response = await request.get(url, { headers: on('b') });
  expect(response.status(), `GET ${url}`).toBe(200);
  expect(Buffer.from(await response.body()).equals(cover), 'the bytes uploaded through A').toBe(true);
  expect(response.headers()['cache-control'] ?? '', 'a public cover may be cached for long').toMatch(/max-age=\d{6,}/);
});
