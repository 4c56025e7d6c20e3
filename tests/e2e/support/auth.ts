import { randomBytes } from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import { E2E_BASE_URL } from './config';
import { sql } from './db';

export type Role = 'CUSTOMER' | 'SUPPORT' | 'ADMIN';

/**
 * Signs a browser context in as a user with the given role by creating a
 * database session for them, exactly as a completed magic-link sign-in would.
 */
export async function signInAs(
  context: BrowserContext,
  role: Role,
  email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@e2e.test`,
) {
  const [user] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, email, role, "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now())
     ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role RETURNING id`,
    [`u_${randomBytes(8).toString('hex')}`, email, role],
  );
  const token = randomBytes(32).toString('hex');
  await sql(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
    `s_${randomBytes(8).toString('hex')}`,
    token,
    user!.id,
  ]);
  await context.addCookies([{ name: 'authjs.session-token', value: token, url: E2E_BASE_URL, httpOnly: true, sameSite: 'Lax' }]);
  return { email, userId: user!.id };
}
