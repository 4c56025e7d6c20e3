import { randomBytes } from 'node:crypto';
import { signInAs } from './support/auth';
import { sql } from './support/db';
import { firstLink, waitForMail } from './support/mail';
import { addToCart, fillTestCheckout } from './support/shop';
import { expect, test } from './support/fixtures';

test('a visitor buys QL Claw, gets the confirmation e-mail, and sees the tracking link once staff ship it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `buyer-${randomBytes(4).toString('hex')}@e2e.test`;
  const [{ stock: stockBefore }] = (await sql<{ stock: number }>(`SELECT stock FROM "ProductVariant" WHERE sku = 'QLC-1'`)) as [
    { stock: number },
  ];
  const started = Date.now();

  await addToCart(page, /^QL Claw \$/, 2);
  await expect(page.getByTestId('cart-count')).toContainText('2');

  await page.getByRole('link', { name: 'View cart and check out' }).click();
  await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
  await expect(page.getByTestId('subtotal')).toHaveText('$98.00');
  await page.getByLabel('Quantity of QL Claw').selectOption('3');
  await page.getByRole('button', { name: 'Update quantity of QL Claw' }).click();
  await expect(page.getByTestId('subtotal')).toHaveText('$147.00');

  await page.getByRole('button', { name: 'Check out' }).click();
  await expect(page).toHaveURL(/\/checkout\/test\/tcs_/);
  await fillTestCheckout(page, email, '4242 4242 4242 4242');

  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed.' })).toBeVisible();
  const number = (await page.getByText(/^Order QLC-\d+$/).textContent())!.replace('Order ', '');
  await expect(page.getByText('$147.00').last()).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveCount(0);
  const [{ stock: stockAfter }] = (await sql<{ stock: number }>(`SELECT stock FROM "ProductVariant" WHERE sku = 'QLC-1'`)) as [
    { stock: number },
  ];
  expect(stockBefore - stockAfter).toBe(3);

  const confirmation = await waitForMail(email, new RegExp(`Order ${number} confirmed`), started);
  expect(confirmation.text).toContain('3 × QL Claw');
  const orderLink = firstLink(confirmation, /http:\/\/localhost:\d+\/orders\/view\?token=\S+/);

  // Staff ship it.
  const staff = await browser.newContext();
  await signInAs(staff, 'SUPPORT');
  const admin = await staff.newPage();
  await admin.goto(`/admin/orders/${number}`);
  await admin.getByLabel('Carrier').selectOption('UPS');
  await admin.getByLabel('Tracking number').fill('1Z999AA10123456784');
  await admin.getByRole('button', { name: 'Mark shipped' }).click();
  await expect(admin.getByText('Shipped with UPS, tracking 1Z999AA10123456784.')).toBeVisible();
  await staff.close();

  const shipped = await waitForMail(email, new RegExp(`Order ${number} is on its way`), started);
  expect(shipped.text).toContain('1Z999AA10123456784');

  await page.goto(orderLink);
  await expect(page.getByRole('heading', { name: `Order ${number}` })).toBeVisible();
  const tracking = page.getByRole('link', { name: /1Z999AA10123456784/ });
  await expect(tracking).toHaveAttribute('href', 'https://www.ups.com/track?tracknum=1Z999AA10123456784');
});

test('a declined card leaves the order unpaid, and its stock comes back when the checkout expires', async ({ page }) => {
  test.setTimeout(90_000);
  // The two-pack, so this test and the one above never touch the same stock.
  const [{ stock: stockBefore }] = (await sql<{ stock: number }>(`SELECT stock FROM "ProductVariant" WHERE sku = 'QLC-2'`)) as [
    { stock: number },
  ];
  await addToCart(page, /two-pack/, 1);
  await page.goto('/cart');
  await page.getByRole('button', { name: 'Check out' }).click();
  await fillTestCheckout(page, `declined-${randomBytes(3).toString('hex')}@e2e.test`, '4000 0000 0000 0002');

  await expect(page.getByRole('alert').filter({ hasText: 'declined' })).toHaveText('Your card was declined. Try another card.');
  const sessionId = page.url().split('/').pop()!;
  const [order] = await sql<{ id: string; status: string }>(
    `SELECT o.id, o.status FROM "Order" o JOIN "TestCheckoutSession" s ON s."orderId" = o.id WHERE s.id = $1`,
    [sessionId],
  );
  expect(order!.status).toBe('PENDING');
  expect((await sql<{ stock: number }>(`SELECT stock FROM "ProductVariant" WHERE sku = 'QLC-2'`))[0]!.stock).toBe(stockBefore - 1);

  // Let the checkout run out of time; the background sweep then releases it.
  await sql(`UPDATE "TestCheckoutSession" SET "expiresAt" = now() - interval '1 hour' WHERE id = $1`, [sessionId]);
  await sql(`UPDATE "Order" SET "checkoutExpiresAt" = now() - interval '1 hour' WHERE id = $1`, [order!.id]);
  await expect
    .poll(async () => (await sql<{ status: string }>(`SELECT status FROM "Order" WHERE id = $1`, [order!.id]))[0]!.status, {
      timeout: 30_000,
    })
    .toBe('CANCELLED');
  expect((await sql<{ stock: number }>(`SELECT stock FROM "ProductVariant" WHERE sku = 'QLC-2'`))[0]!.stock).toBe(stockBefore);

  await page.reload();
  await expect(page.getByText('This checkout has expired and its items were released.')).toBeVisible();
});
