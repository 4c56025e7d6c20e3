import { expect, test } from './support/fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript a shopper can still add QL Claw to the cart and change the quantity', async ({ page }) => {
  await page.goto('/products/ql-claw');
  await page.getByRole('radio', { name: /two-pack/ }).check();
  await page.getByLabel('Quantity').selectOption('2');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText('Added to your cart.')).toBeVisible();

  await page.goto('/cart');
  await expect(page.getByTestId('cart-line')).toHaveCount(1);
  await page.getByLabel('Quantity of QL Claw two-pack').selectOption('1');
  await page.getByRole('button', { name: 'Update quantity of QL Claw two-pack' }).click();
  await expect(page.getByLabel('Quantity of QL Claw two-pack')).toHaveValue('1');
  await page.getByRole('button', { name: 'Remove QL Claw two-pack' }).click();
  await expect(page.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible();
});
