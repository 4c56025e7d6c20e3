import { randomBytes } from 'node:crypto';
import { signInAs } from './support/auth';
import { sql } from './support/db';
import { firstLink, waitForMail } from './support/mail';
import { buy } from './support/shop';
import { expect, test } from './support/fixtures';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

test('a guest asks support about an order with a photo; staff reply and note; the customer sees only the reply, answers, solves and rates', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const email = `asker-${randomBytes(4).toString('hex')}@e2e.test`;
  const started = Date.now();
  const orderNumber = await buy(page, email, 1);

  await page.goto('/support');
  await page.getByLabel('Your name').fill('Robin Asker');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('What is it about?').selectOption({ label: 'Using QL Claw on a muscle' });
  await page.getByLabel('Order number (optional)').fill(orderNumber);
  await page.getByLabel('Your message').fill('Where exactly should the tip go for the QL? Photo of where I tried attached.');
  await page.getByLabel('Attachments').setInputFiles({ name: 'where.png', mimeType: 'image/png', buffer: PNG });
  await page.waitForTimeout(3_200); // real people take longer than the form's bot check
  await page.getByRole('button', { name: 'Send to support' }).click();
  // The link goes only to the mailbox: the form says to look there.
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);

  const ack = await waitForMail(email, /^\[SUP-\d+\] Your QL Claw support request$/, started);
  const reference = /SUP-\d+/.exec(ack.subject!)![0];
  const ticketLink = firstLink(ack, /http:\/\/localhost:\d+\/support\/tickets\/view\?token=\S+/);
  await page.goto(ticketLink);
  await page.getByRole('button', { name: 'Yes, this is my request' }).click();
  await expect(page.getByText('Thanks: your request is confirmed.')).toBeVisible();
  await expect(page.getByRole('link', { name: /where\.png/ })).toBeVisible();

  const staff = await browser.newContext();
  await signInAs(staff, 'SUPPORT');
  const inbox = await staff.newPage();
  await inbox.goto(`/admin/support/${reference}`);
  await expect(inbox.getByRole('link', { name: orderNumber })).toBeVisible();
  // Every e-mail on the ticket has one subject (one conversation): the reply is the one after this moment.
  const replied = Date.now();
  await inbox.getByRole('textbox', { name: 'Message' }).fill('Just under the lowest rib, beside the spine. Lean in slowly.');
  await inbox.getByRole('button', { name: 'Send' }).click();
  await expect(inbox.getByText('Just under the lowest rib, beside the spine.')).toBeVisible();
  await inbox.getByRole('radio', { name: /Internal note/ }).check();
  await inbox.getByRole('textbox', { name: 'Message' }).fill('SECRET-NOTE: VIP, sounds sore, follow up tomorrow');
  await inbox.getByRole('button', { name: 'Send' }).click();
  await expect(inbox.getByText('SECRET-NOTE: VIP, sounds sore, follow up tomorrow')).toBeVisible();

  const reply = await waitForMail(email, new RegExp(`^\\[${reference}\\] Your QL Claw support request$`), replied);
  expect(reply.text).toContain('Just under the lowest rib');
  expect(reply.text).not.toContain('SECRET-NOTE');

  await page.goto(ticketLink);
  await expect(page.getByText('Just under the lowest rib, beside the spine.')).toBeVisible();
  await expect(page.getByText('SECRET-NOTE')).toHaveCount(0);
  await page.getByLabel('Your message').fill('Found it, thank you!');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByText('Found it, thank you!')).toBeVisible();
  const [{ status }] = (await sql<{ status: string }>(`SELECT status FROM "Ticket" WHERE number = $1`, [Number(reference.slice(4))])) as [
    { status: string },
  ];
  expect(status).toBe('OPEN');

  await page.getByRole('button', { name: 'This solved my problem' }).click();
  await page.getByLabel('Good: it helped').check();
  await page.getByRole('button', { name: 'Send rating' }).click();
  const [ticket] = (await sql<{ status: string; rating: string }>(`SELECT status, rating FROM "Ticket" WHERE number = $1`, [
    Number(reference.slice(4)),
  ])) as [{ status: string; rating: string }];
  await expect
    .poll(
      async () =>
        (await sql<{ rating: string | null }>(`SELECT rating FROM "Ticket" WHERE number = $1`, [Number(reference.slice(4))]))[0]!.rating,
    )
    .toBe('GOOD');
  expect(['SOLVED', 'CLOSED']).toContain(ticket!.status);
  await staff.close();
});
