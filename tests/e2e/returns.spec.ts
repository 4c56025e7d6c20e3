import { randomBytes } from 'node:crypto';
import { signInAs } from './support/auth';
import { sql } from './support/db';
import { firstLink, waitForMail } from './support/mail';
import { buy } from './support/shop';
import { expect, test } from './support/fixtures';

test('the guarantee end to end: buy two, staff ship and deliver, return one, it is approved, received and refunded', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const email = `returner-${randomBytes(4).toString('hex')}@e2e.test`;
  const started = Date.now();
  const number = await buy(page, email, 2);

  const staff = await browser.newContext();
  await signInAs(staff, 'SUPPORT');
  const agent = await staff.newPage();
  await agent.goto(`/admin/orders/${number}`);
  await agent.getByLabel('Carrier').selectOption('USPS');
  await agent.getByLabel('Tracking number').fill('9400100000000000000000');
  await agent.getByRole('button', { name: 'Mark shipped' }).click();
  await agent.getByRole('button', { name: 'Mark delivered' }).click();
  await expect(agent.getByText(/^Delivered on \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();

  // The customer, from the link in their confirmation e-mail.
  const confirmation = await waitForMail(email, new RegExp(`Order ${number} confirmed`), started);
  const orderLink = firstLink(confirmation, /http:\/\/localhost:\d+\/orders\/view\?token=\S+/);
  await page.goto(orderLink);
  await expect(page.getByText('60 days left to return this order')).toBeVisible();
  await page.getByRole('link', { name: 'Start a return' }).click();
  await page.getByLabel('QL Claw', { exact: true }).selectOption('1');
  await page.getByLabel('It did not help').check();
  await page.getByRole('button', { name: 'Request the return' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Return RMA-\d+$/ })).toBeVisible();
  const rma = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Return ', '');
  await expect(page.getByText('Approved').first()).toBeVisible();
  const statusUrl = page.url();

  // Restocking and refunding move stock and money: an admin, signed in just now, does them.
  await staff.close();
  const admins = await browser.newContext();
  await signInAs(admins, 'ADMIN');
  const admin = await admins.newPage();
  await admin.goto(`/admin/returns/${rma}`);
  await admin.getByLabel('Condition notes').fill('Unused, in its bag');
  await admin.getByRole('checkbox', { name: /sellable/i }).check();
  await admin.getByRole('button', { name: 'Mark received' }).click();
  await admin.getByRole('button', { name: 'Refund $49.00' }).click();
  await expect(admin.getByText(/Refunded \$49\.00/).first()).toBeVisible();
  await admin.goto(`/admin/orders/${number}`);
  await expect(admin.getByText('Refunded so far').locator('..')).toContainText('$49.00');
  await admins.close();

  await page.goto(statusUrl);
  await expect(page.getByText('$49.00 back to your original payment method', { exact: false })).toBeVisible();
  await page.goto(orderLink);
  await expect(
    page
      .getByRole('term')
      .filter({ hasText: /^Refunded$/ })
      .locator('..'),
  ).toContainText('−$49.00');
  const refunded = await waitForMail(email, new RegExp(`${rma}: your refund is on its way`), started);
  expect(refunded.text).toContain('$49.00');
  const [row] = await sql<{ status: string }>(`SELECT status FROM "ReturnRequest" WHERE number = $1`, [Number(rma.replace('RMA-', ''))]);
  expect(row!.status).toBe('REFUNDED');
});

test('a return link or number for someone else’s order finds nothing', async ({ page, context }) => {
  await signInAs(context, 'CUSTOMER');
  for (const path of [
    '/account/returns/RMA-2001',
    '/account/orders/QLC-10001',
    '/account/orders/QLC-10001/return',
    '/returns/view?token=forged.token',
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
