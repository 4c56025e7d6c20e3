import { randomBytes } from 'node:crypto';
import { signInAs } from './support/auth';
import { sql } from './support/db';
import { expect, test } from './support/fixtures';
import { firstLink, waitForMail } from './support/mail';

const verifiedAt = async (reference: string) =>
  (
    await sql<{ senderVerifiedAt: Date | null }>(`SELECT "senderVerifiedAt" FROM "Ticket" WHERE number = $1`, [Number(reference.slice(4))])
  )[0]!.senderVerifiedAt;

test('the contact form no longer lands on the ticket; the e-mailed link, then "Yes, this is my request", does, and a scanner’s GET verifies nothing', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const email = `claimed-${randomBytes(4).toString('hex')}@e2e.test`;
  const started = Date.now();

  await page.goto('/support');
  await page.getByLabel('Your name').fill('Someone');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('What is it about?').selectOption({ label: 'Using QL Claw on a muscle' });
  await page.getByLabel('Your message').fill('Please change the address on my last order.');
  await page.waitForTimeout(3_200); // real people take longer than the form's bot check
  await page.getByRole('button', { name: 'Send to support' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/support/thanks');
  expect(page.url()).not.toContain('token=');

  const ack = await waitForMail(email, /^\[SUP-\d+\] Your QL Claw support request$/, started);
  const reference = /SUP-\d+/.exec(ack.subject!)![0];
  const link = firstLink(ack, /http:\/\/localhost:\d+\/support\/tickets\/view\?token=\S+/);

  // Staff see the ticket as unverified, with none of the customer's history.
  const staff = await browser.newContext();
  await signInAs(staff, 'SUPPORT');
  const desk = await staff.newPage();
  await desk.goto(`/admin/support?view=all&q=${reference}`);
  await expect(desk.getByRole('row', { name: new RegExp(reference) }).getByText('Sender not verified')).toBeVisible();
  await desk.goto(`/admin/support/${reference}`);
  await expect(desk.getByText(/this sender has not yet used the link we e-mailed/)).toBeVisible();

  // A mail scanner fetches the link first: nothing changes.
  expect((await request.get(link)).status()).toBe(200);
  expect(await verifiedAt(reference)).toBeNull();

  // The mailbox's owner opens it and confirms.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Is this your request?' })).toBeVisible();
  expect(await verifiedAt(reference)).toBeNull();
  await page.getByRole('button', { name: 'Yes, this is my request' }).click();
  await expect(page.getByText('Thanks: your request is confirmed.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Is this your request?' })).toHaveCount(0);
  expect(await verifiedAt(reference)).not.toBeNull();

  await desk.reload();
  await expect(desk.getByText('Sender not verified')).toHaveCount(0);
  await expect(desk.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await staff.close();
});

test('signed in under the e-mail it names, the contact form lands straight on the verified ticket', async ({ page, context }) => {
  const { email } = await signInAs(context, 'CUSTOMER');
  await page.goto('/support');
  await page.getByLabel('Your name').fill('Signed In');
  await expect(page.getByLabel('E-mail')).toHaveValue(email);
  await page.getByLabel('What is it about?').selectOption({ label: 'Using QL Claw on a muscle' });
  await page.getByLabel('Your message').fill('Which muscle should I start with?');
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: 'Send to support' }).click();
  await expect(page.getByText(/Your reference is SUP-\d+/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Is this your request?' })).toHaveCount(0);
});
