import { randomBytes } from 'node:crypto';
import { firstLink, waitForMail } from './support/mail';
import { expect, test } from './support/fixtures';

/**
 * Link scanners (Outlook Safe Links and the like) fetch every link in a
 * message before the customer clicks it. A magic link must survive that:
 * fetching it signs nobody in and uses nothing up; the customer's own click
 * and press of Continue does.
 */
test('a sign-in link prefetched by a scanner still signs the customer in, and signs in nobody else', async ({ page, browser, request }) => {
  const email = `scanned-${randomBytes(4).toString('hex')}@e2e.test`;
  const requestedAt = Date.now();
  await page.goto('/sign-in?callbackUrl=%2Faccount');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  const link = firstLink(await waitForMail(email, /sign-in link/i, requestedAt), /http:\/\/localhost:\d+\/sign-in\/continue\?\S+/);

  // A scanner's plain GET, following redirects: a page, and no session cookie.
  const scanned = await request.get(link);
  expect(scanned.status()).toBe(200);
  expect(scanned.headers()['set-cookie'] ?? '').not.toMatch(/session-token/);
  // The same for the callback address itself, which older e-mails link to: it is turned back to the Continue page.
  const callback = new URL(link);
  callback.pathname = '/api/auth/callback/email';
  const direct = await request.get(callback.toString(), { maxRedirects: 0 });
  expect(direct.status()).toBe(303);
  expect(direct.headers()['location']).toMatch(/^\/sign-in\/continue\?/);
  expect(direct.headers()['set-cookie'] ?? '').not.toMatch(/session-token/);

  // A scanner that runs a real browser, in a context of its own, opens the page and presses nothing.
  const scanner = await browser.newContext();
  const scannerPage = await scanner.newPage();
  await scannerPage.goto(link);
  await expect(scannerPage.getByRole('button', { name: 'Continue' })).toBeVisible();
  await scannerPage.goto('/account');
  await expect(scannerPage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await scanner.close();

  // Another site's form cannot post the token for the visitor (login CSRF): only this site's page may.
  const forged = await request.post(callback.toString(), { headers: { 'sec-fetch-site': 'cross-site' }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);

  // The customer clicks the link and presses Continue: signed in, on the page they asked for.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Continue signing in' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});
