import { expect, type Page } from '@playwright/test';

/** Steps of the buying journey that several specs need. */
export async function addToCart(page: Page, option: RegExp, quantity: number) {
  await page.goto('/products/ql-claw');
  await page.getByRole('radio', { name: option }).check();
  await page.getByLabel('Quantity').selectOption(String(quantity));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status')).toHaveText('Added to your cart.');
}

export async function fillTestCheckout(page: Page, email: string, card: string) {
  await expect(page.getByText('TEST MODE', { exact: false }).first()).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Full name').fill('Jordan Buyer');
  await page.getByLabel('Address', { exact: true }).fill('12 Spine Street');
  await page.getByLabel('Town or city').fill('Portland');
  await page.getByLabel('Postal code').fill('97201');
  await page.getByLabel('Country').selectOption('US');
  await page.getByLabel('Card number').fill(card);
  await page.getByRole('button', { name: 'Pay now' }).click();
}

/** Buys `quantity` single QL Claws as a guest with the 4242 card; returns the order number. */
export async function buy(page: Page, email: string, quantity: number): Promise<string> {
  await addToCart(page, /^QL Claw \$/, quantity);
  await page.goto('/cart');
  await page.getByRole('button', { name: 'Check out' }).click();
  await fillTestCheckout(page, email, '4242 4242 4242 4242');
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed.' })).toBeVisible();
  return (await page.getByText(/^Order QLC-\d+$/).textContent())!.replace('Order ', '');
}
