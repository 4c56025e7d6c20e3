import { randomBytes } from 'node:crypto';
import { signInAs } from './support/auth';
import { firstLink, waitForMail } from './support/mail';
import { expect, test } from './support/fixtures';

test('a customer signs in with a magic link from their e-mail, sees their account and signs out', async ({ page }) => {
  const email = `shopper-${randomBytes(4).toString('hex')}@e2e.test`;
  const requestedAt = Date.now();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);

  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();

  const mail = await waitForMail(email, /sign-in link/i, requestedAt);
  expect(mail.html).toBeTruthy();
  // The link opens a Continue page (a link scanner's GET signs nobody in: scanner-safe-links.spec.ts).
  const link = firstLink(mail, /http:\/\/localhost:\d+\/sign-in\/continue\?\S+/);
  await page.goto(link);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByText('You have no orders yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);

  // The link worked once: using it again is refused with an explanation.
  await page.goto(link);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/expired or has already been used/)).toBeVisible();
});

test('the sign-in form explains a bad address and keeps what was typed', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill('not-an-address');
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page.getByText('Enter an e-mail address like name@example.com.')).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue('not-an-address');
  await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');
});

test('too many sign-in requests for one address are refused with a clear message', async ({ page }) => {
  const email = `limited-${randomBytes(4).toString('hex')}@e2e.test`;
  for (let i = 0; i < 5; i++) {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  }
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Too many' })).toContainText(
    /Too many sign-in requests\. Please try again in \d+ minutes?\./,
  );
});

test('an admin invites a support agent, who gets the invitation e-mail', async ({ page, context }) => {
  await signInAs(context, 'ADMIN');
  const invitee = `agent-${randomBytes(4).toString('hex')}@e2e.test`;
  const before = Date.now();
  await page.goto('/admin/staff');
  const invite = page.getByRole('region', { name: 'Add someone' });
  await invite.getByLabel('E-mail address').fill(invitee);
  await invite.getByLabel('Support').check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByRole('status')).toHaveText(`Invitation sent to ${invitee}.`);
  await expect(page.getByRole('rowheader', { name: invitee, exact: true })).toBeVisible();

  const mail = await waitForMail(invitee, /added to the QL Claw team/, before);
  expect(mail.text).toContain('as a support agent');
});
