import { sql } from './support/db';
import { expect, test } from './support/fixtures';

const usd = (cents: number) => `$${(cents / 100).toFixed(2)}`;

async function variantPrices() {
  return sql<{ sku: string; priceCents: number }>(`SELECT sku, "priceCents" FROM "ProductVariant" ORDER BY position`);
}

test('the home page introduces QL Claw with its price from the database and the store promises', async ({ page }) => {
  const [single] = await variantPrices();
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toContainText('deep, steady pressure');
  await expect(page.getByText(`from ${usd(single!.priceCents)}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why I made it' })).toBeVisible();
  for (const muscle of ['Quadratus lumborum', 'Gluteus medius', 'Psoas', 'Iliacus']) {
    await expect(page.getByRole('heading', { name: muscle, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Latest articles' })).toBeVisible();

  const footer = page.getByRole('contentinfo');
  for (const promise of [
    '60-day money-back guarantee',
    'Fast tracked shipping to 24 countries',
    'Secure, encrypted checkout',
    'Support from real people',
  ]) {
    await expect(footer.getByText(promise)).toBeVisible();
  }

  await page.getByRole('link', { name: 'Shop QL Claw' }).click();
  await expect(page).toHaveURL(/\/products\/ql-claw$/);
});

test('the product page shows each variant at its database price and the promises near the options', async ({ page }) => {
  const prices = await variantPrices();
  await page.goto('/products/ql-claw');

  await expect(page.getByRole('heading', { level: 1, name: 'QL Claw' })).toBeVisible();
  // The single's price (the price test alongside edits the two-pack's).
  const options = page.getByRole('group', { name: 'Choose' });
  await expect(options.getByRole('radio', { name: new RegExp(`^QL Claw \\${usd(prices[0]!.priceCents)}`) })).toBeVisible();
  await expect(options.getByRole('radio', { name: /QL Claw two-pack/ })).toBeVisible();
  await expect(page.getByRole('main').getByText('60-day money-back guarantee')).toBeVisible();
  await expect(page.getByRole('img', { name: /QL Claw/ }).first()).toBeVisible();
});

test('a price changed in the database reaches the product page within a minute', async ({ page }) => {
  test.setTimeout(120_000);
  // The two-pack: the buying journey runs alongside and prices the single.
  const [, pack] = await variantPrices();
  const newPrice = pack!.priceCents + 123;
  await sql(`UPDATE "ProductVariant" SET "priceCents" = $1 WHERE sku = $2`, [newPrice, pack!.sku]);
  try {
    const price = page.getByRole('radio', { name: /two-pack/ }).locator('..');
    await expect
      .poll(
        async () => {
          await page.goto('/products/ql-claw');
          return price.textContent();
        },
        { timeout: 80_000, intervals: [2_000] },
      )
      .toContain(usd(newPrice));
  } finally {
    await sql(`UPDATE "ProductVariant" SET "priceCents" = $1 WHERE sku = $2`, [pack!.priceCents, pack!.sku]);
  }
});

test('an unknown page answers 404 in the store’s own design', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We couldn’t find that page'.replace('’', "'") })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('60-day money-back guarantee');
});
