import { readdirSync } from 'node:fs';
import path from 'node:path';
import { signInAs, type Role } from './support/auth';
import { sql } from './support/db';
import { expect, test } from './support/fixtures';

// Every staff page, found on disk so a new one cannot be forgotten here.
const ADMIN_DIR = path.join('app', '(admin)');
const adminPages = readdirSync(ADMIN_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => path.basename(file) === 'page.tsx')
  .map(
    (file) =>
      `/${path
        .dirname(file)
        .split(path.sep)
        .filter((s) => !s.startsWith('('))
        .join('/')}`,
  )
  .map((route) => route.replace(/\[[^\]]+\]/g, 'does-not-exist'))
  .sort();
const adminOnly = new Set(['/admin/staff']);

test('the staff pages list is not empty', () => {
  expect(adminPages).toEqual(expect.arrayContaining(['/admin', '/admin/staff', '/admin/orders']));
});

for (const route of adminPages) {
  test(`${route}: anonymous visitors are sent to sign in`, async ({ page }) => {
    await page.goto(route);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  });

  // A detail page asked for a record that does not exist answers 404 to staff, after the same access check.
  const allowed = route.includes('does-not-exist') ? 404 : 200;
  const expectations: [Role, number][] = [
    ['CUSTOMER', 403],
    ['SUPPORT', adminOnly.has(route) ? 403 : allowed],
    ['ADMIN', allowed],
  ];
  for (const [role, status] of expectations) {
    test(`${route}: ${role.toLowerCase()} gets ${status}`, async ({ page, context }) => {
      await signInAs(context, role);
      const response = await page.goto(route);
      expect(response?.status()).toBe(status);
      if (status === 403) await expect(page.getByRole('heading', { name: 'This area is for QL Claw staff' })).toBeVisible();
      else if (status === 200) await expect(page.getByRole('navigation', { name: 'Staff area' })).toBeVisible();
    });
  }
}

// Every table on every staff page, for staff who use a screen reader: a caption names it, and each row has a header.
// A detail page is opened on a real record, arranged here, so its tables are there to check.
const SAMPLE = 'e2e-staff-tables';

async function arrangeSampleRecords(): Promise<Record<string, string>> {
  await sql(
    `INSERT INTO "Order" (id, status, email, currency, "subtotalCents", "totalCents", "paymentProvider", "paidAt", "shippedAt", "deliveredAt", "updatedAt")
     VALUES ($1, 'DELIVERED', 'tables@e2e.test', 'USD', 4900, 4900, 'test', now(), now(), now(), now()) ON CONFLICT (id) DO NOTHING`,
    [SAMPLE],
  );
  await sql(
    `INSERT INTO "OrderItem" (id, "orderId", "variantId", sku, name, "unitPriceCents", quantity)
     SELECT $1, $1, id, sku, 'QL Claw', 4900, 1 FROM "ProductVariant" WHERE sku = 'QLC-1' ON CONFLICT (id) DO NOTHING`,
    [SAMPLE],
  );
  await sql(
    `INSERT INTO "ReturnRequest" (id, "orderId", reason, email, "photoKeys", "updatedAt")
     VALUES ($1, $1, 'DID_NOT_HELP', 'tables@e2e.test', '{}', now()) ON CONFLICT (id) DO NOTHING`,
    [SAMPLE],
  );
  await sql(`INSERT INTO "ReturnItem" (id, "returnId", "orderItemId", quantity) VALUES ($1, $1, $1, 1) ON CONFLICT (id) DO NOTHING`, [
    SAMPLE,
  ]);
  await sql(
    `INSERT INTO "Ticket" (id, subject, topic, name, email, tags, "updatedAt")
     VALUES ($1, 'Which muscle is this?', 'USING', 'Tab Les', 'tables@e2e.test', '{}', now()) ON CONFLICT (id) DO NOTHING`,
    [SAMPLE],
  );
  await sql(
    `INSERT INTO "TicketMessage" (id, "ticketId", author, "authorName", body) VALUES ($1, $1, 'CUSTOMER', 'Tab Les', 'Where does the tip go?') ON CONFLICT (id) DO NOTHING`,
    [SAMPLE],
  );
  const [order] = await sql<{ number: number }>(`SELECT number FROM "Order" WHERE id = $1`, [SAMPLE]);
  const [ret] = await sql<{ number: number }>(`SELECT number FROM "ReturnRequest" WHERE id = $1`, [SAMPLE]);
  const [ticket] = await sql<{ number: number }>(`SELECT number FROM "Ticket" WHERE id = $1`, [SAMPLE]);
  const [article] = await sql<{ id: string }>(`SELECT id FROM "Article" ORDER BY id LIMIT 1`);
  return {
    '/admin/orders/does-not-exist': `/admin/orders/QLC-${order!.number}`,
    '/admin/returns/does-not-exist': `/admin/returns/RMA-${ret!.number}`,
    '/admin/support/does-not-exist': `/admin/support/SUP-${ticket!.number}`,
    '/admin/articles/does-not-exist': `/admin/articles/${article!.id}`,
  };
}

// Admins and support agents see different tables (support agents get prices and stock as a table, admins a form).
for (const role of ['ADMIN', 'SUPPORT'] as const) {
  test(`every table on every staff page has a caption and a header in each row, for ${role.toLowerCase()}`, async ({ page, context }) => {
    test.setTimeout(120_000);
    const samples = await arrangeSampleRecords();
    // Pages that list records, and the sample order and return: each must show its table, or the check proves nothing.
    const listing = new Set([
      '/admin/orders',
      '/admin/returns',
      '/admin/support',
      samples['/admin/orders/does-not-exist'],
      samples['/admin/returns/does-not-exist'],
    ]);
    await signInAs(context, role);
    const problems: string[] = [];
    for (const route of adminPages.filter((r) => role === 'ADMIN' || !adminOnly.has(r))) {
      const url = route.includes('does-not-exist') ? samples[route] : route;
      if (!url) {
        problems.push(`${route}: no sample record to open it on; add one to arrangeSampleRecords`);
        continue;
      }
      expect((await page.goto(url))?.status(), url).toBe(200);
      const tables = await page.locator('main table').evaluateAll((found) =>
        found.map((table) => {
          const t = table as HTMLTableElement;
          const rows = Array.from(t.tBodies).flatMap((body) => Array.from(body.rows));
          return {
            caption: t.caption?.textContent?.trim() ?? '',
            rows: rows.length,
            headed: rows.filter((row) => row.querySelector(':scope > th[scope="row"]')).length,
          };
        }),
      );
      if (listing.has(url) && tables.length === 0) problems.push(`${url}: no table to check`);
      for (const [i, table] of tables.entries()) {
        if (!table.caption) problems.push(`${url}: table ${i + 1} has no caption`);
        if (table.headed < table.rows)
          problems.push(
            `${url}: ${table.caption || `table ${i + 1}`} has ${table.rows - table.headed} of ${table.rows} rows without a row header`,
          );
      }
    }
    expect(problems).toEqual([]);
  });
}
