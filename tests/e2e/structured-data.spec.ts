import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => [JSON.parse(text)].flat() as Record<string, unknown>[]);
}

const ofType = (items: Record<string, unknown>[], type: string) => items.find((i) => i['@type'] === type);

test('the product page carries Product structured data with priced, available offers', async ({ page }) => {
  await page.goto('/products/ql-claw');
  const product = ofType(await jsonLd(page), 'Product') as {
    name: string;
    image: string[];
    offers: { price: string; priceCurrency: string; availability: string; sku: string }[];
  };
  expect(product).toMatchObject({ '@context': 'https://schema.org', name: 'QL Claw' });
  expect(product.image[0]).toMatch(/^http:\/\/localhost:\d+\/images\//);
  expect(product.offers.length).toBe(2);
  for (const offer of product.offers) {
    expect(offer.price).toMatch(/^\d+\.\d{2}$/);
    expect(offer.priceCurrency).toBe('USD');
    expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|LimitedAvailability|OutOfStock)$/);
  }
  await expect(page).toHaveTitle(/QL Claw/);
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('QL Claw');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/products\/ql-claw$/);
});

test('articles carry BlogPosting and BreadcrumbList; guides carry Article and BreadcrumbList', async ({ page }) => {
  await page.goto('/blog/what-sets-off-a-lower-back-spasm');
  const article = await jsonLd(page);
  const posting = ofType(article, 'BlogPosting') as {
    headline: string;
    datePublished: string;
    dateModified: string;
    author: { '@type': string; name: string; url: string };
  };
  expect(posting.headline).toMatch(/spasm/i);
  expect(new Date(posting.datePublished).getTime()).not.toBeNaN();
  expect(new Date(posting.dateModified).getTime()).not.toBeNaN();
  expect(posting.author).toMatchObject({ '@type': 'Person', url: expect.stringMatching(/\/authors\/founder$/) });
  expect((ofType(article, 'BreadcrumbList') as { itemListElement: unknown[] }).itemListElement.length).toBeGreaterThanOrEqual(2);
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  expect(await page.locator('meta[property="og:image"]').first().getAttribute('content')).toBeTruthy();

  await page.goto('/muscles/quadratus-lumborum');
  const guide = await jsonLd(page);
  expect(ofType(guide, 'Article')).toMatchObject({ headline: expect.stringMatching(/quadratus lumborum/i) });
  expect(ofType(guide, 'BreadcrumbList')).toBeTruthy();
});
