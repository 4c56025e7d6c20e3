import { randomBytes } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import {
  CLUSTER_BUCKET,
  CLUSTER_ENABLED,
  CLUSTER_S3,
  CLUSTER_SWEEP_SECONDS,
  CLUSTER_URL,
  clusterSql,
  contextOn,
  on,
  pinTo,
  signInOnCluster,
} from './support/cluster';
import { firstLink, waitForMail } from './support/mail';

/** Who may see what, and what runs how often, is the same whichever instance a request reaches. */
test.skip(!CLUSTER_ENABLED, 'E2E_CLUSTER=off: the multi-instance cluster is not started');

/** A customer's return with one photo in the shared bucket, as the return form stores it (lib/returns). */
async function returnWithPhoto(): Promise<{ key: string; bytes: Buffer }> {
  const id = randomBytes(6).toString('hex');
  const key = `private/returns/${id}.jpg`;
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64), Buffer.from([0xff, 0xd9])]);
  const s3 = new S3Client({ ...CLUSTER_S3, credentials: CLUSTER_S3, forcePathStyle: true });
  await s3.send(new PutObjectCommand({ Bucket: CLUSTER_BUCKET, Key: key, Body: bytes, ContentType: 'image/jpeg' }));
  s3.destroy();
  const email = `returner-${id}@cluster.test`;
  const [order] = await clusterSql<{ id: string }>(
    `INSERT INTO "Order" (id, email, currency, "subtotalCents", "totalCents", "paymentProvider", "updatedAt")
     VALUES ($1, $2, 'USD', 4900, 4900, 'test', now()) RETURNING id`,
    [`o_${id}`, email],
  );
  await clusterSql(
    `INSERT INTO "ReturnRequest" (id, "orderId", reason, "photoKeys", email, "updatedAt") VALUES ($1, $2, 'ARRIVED_DAMAGED', $3, $4, now())`,
    [`r_${id}`, order!.id, [key], email],
  );
  return { key, bytes };
}

test('a return photo is refused to a stranger on both instances, and shown to staff on both', async ({ browser, playwright }) => {
  const { key, bytes } = await returnWithPhoto();
  const path = `/api/admin/returns/photos/${key}`;
  const staff = await browser.newContext();
  await signInOnCluster(staff, 'SUPPORT');
  const customer = await browser.newContext();
  await signInOnCluster(customer, 'CUSTOMER');
  const anonymous = await playwright.request.newContext();
  const url = `${CLUSTER_URL}${path}`;
  for (const name of ['a', 'b'] as const) {
    for (const [who, request] of [
      ['nobody signed in', anonymous],
      ['a signed-in customer', customer.request],
    ] as const) {
      const response = await request.get(url, { headers: on(name), maxRedirects: 0 });
      expect([401, 403, 404], `${who} asking instance ${name}`).toContain(response.status());
    }
    // Staff get the photo from either instance (streamed, or through a short-lived presigned redirect).
    const shown = await staff.request.get(url, { headers: on(name) });
    expect(shown.status(), `staff asking instance ${name}`).toBe(200);
    expect(Buffer.from(await shown.body()).equals(bytes), `the photo's bytes from instance ${name}`).toBe(true);
  }
  await Promise.all([staff.close(), customer.close(), anonymous.dispose()]);
});

test('the checkout sweep runs once per interval across the cluster, however many processes could run it', async () => {
  const runs = async () =>
    Number((await clusterSql<{ runs: number }>(`SELECT runs FROM "JobHeartbeat" WHERE name = 'checkout-sweep'`))[0]?.runs ?? 0);
  const windowSeconds = 5 * CLUSTER_SWEEP_SECONDS;
  const before = await runs();
  await new Promise((resolve) => setTimeout(resolve, windowSeconds * 1000));
  const counted = (await runs()) - before;
  const intervals = windowSeconds / CLUSTER_SWEEP_SECONDS;
  // Once per interval is at most 5 here (the queue's polling adds a little to each); each of the two workers
  // sweeping on its own would be about 10. At least 2: the sweep has not stopped.
  const what = `checkout-sweep runs in ${windowSeconds} s, every ${CLUSTER_SWEEP_SECONDS} s, across two workers`;
  expect(counted, what).toBeGreaterThanOrEqual(2);
  expect(counted, what).toBeLessThanOrEqual(intervals + 1);
});

test('a customer signs in and keeps their cart whichever instance answers', async ({ browser }) => {
  const email = `shopper-${randomBytes(4).toString('hex')}@cluster.test`;
  const requestedAt = Date.now();
  const context = await contextOn(browser, 'a');
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();

  // Asked for on A, sent by a worker, opened on B.
  const link = new URL(firstLink(await waitForMail(email, /sign-in link/i, requestedAt), /http:\/\/localhost:\d+\/sign-in\/continue\?\S+/));
  expect(link.origin, 'links are built from APP_URL, the balancer').toBe(CLUSTER_URL);
  await pinTo(context, 'b');
  await page.goto(link.toString());
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await pinTo(context, 'a');
  await page.goto('/products/ql-claw');
  await page.getByRole('radio', { name: /^QL Claw \$/ }).check();
  await page.getByLabel('Quantity').selectOption('2');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status')).toHaveText('Added to your cart.');

  // B, which never saw the cart being filled, then A again.
  for (const instance of ['b', 'a'] as const) {
    await pinTo(context, instance);
    await page.goto('/cart');
    await expect(page.getByLabel('Quantity of QL Claw'), `the cart on instance ${instance}`).toHaveValue('2');
    await page.goto('/account');
    await expect(page.getByText(`Signed in as ${email}`), `the account on instance ${instance}`).toBeVisible();
  }
  await context.close();
});
