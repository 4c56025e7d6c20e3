import { readdirSync } from 'node:fs';
import path from 'node:path';
import { signInAs, type Role } from './support/auth';
import { expect, test } from './support/fixtures';

// Every staff page, found on disk so a new one cannot be forgotten here.
const ADMIN_DIR = path.join('app', '(admin)');
const adminPages = readdirSync(ADMIN_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => path.basename(file) === 'page.tsx')
  .map((file) => `/${path.dirname(file).split(path.sep).filter((s) => !s.startsWith('(')).join('/')}`)
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
