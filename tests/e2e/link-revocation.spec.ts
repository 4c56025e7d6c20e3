import { randomBytes } from 'node:crypto';
import { signInAs } from './support/auth';
import { firstLink, waitForMail } from './support/mail';
import { buy } from './support/shop';
import { expect, test } from './support/fixtures';

const ORDER_LINK = /http:\/\/localhost:\d+\/orders\/view\?token=\S+/;

test('an order link is swapped from its page and revoked by staff: each old link then says it no longer works', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `linker-${randomBytes(4).toString('hex')}@e2e.test`;
  const started = Date.now();
  const number = await buy(page, email, 1);
  const confirmation = await waitForMail(email, new RegExp(`Order ${number} confirmed`), started);
  const first = firstLink(confirmation, ORDER_LINK);

  // The holder asks for a new link: it goes to the mailbox, not the page, and the one they used dies.
  await page.goto(first);
  await page.getByRole('button', { name: 'Send me a new link, revoke this one' }).click();
  await expect(page.getByText('A new link is on its way to the e-mail address on the order.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('token=');
  await page.goto(first);
  await expect(page.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'get a fresh link' })).toHaveAttribute('href', '/orders/lookup');

  const renewed = firstLink(await waitForMail(email, new RegExp(`A new link to your order ${number}`), started), ORDER_LINK);
  await page.goto(renewed);
  await expect(page.getByRole('heading', { level: 1, name: `Order ${number}` })).toBeVisible();

  // Staff revoke it in turn.
  const staff = await browser.newContext();
  await signInAs(staff, 'SUPPORT');
  const admin = await staff.newPage();
  await admin.goto(`/admin/orders/${number}`);
  await admin.getByRole('button', { name: 'Revoke customer links and e-mail a fresh one' }).click();
  await expect(admin.getByText(`Old links to ${number} no longer work.`)).toBeVisible();
  await staff.close();
  await page.goto(renewed);
  await expect(page.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
});
