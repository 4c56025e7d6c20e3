import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Role } from '@/lib/db/generated/enums';
import { uniqueEmail } from './email';

export interface UserOverrides {
  email?: string;
  name?: string | null;
}

/** A user row with `role`, returned as the Viewer the session would give for them. */
export async function createUser(role: Role, overrides: UserOverrides = {}): Promise<Viewer> {
  const email = overrides.email ?? uniqueEmail(role.toLowerCase());
  return db.user.create({ data: { email, name: overrides.name ?? null, role }, select: { id: true, email: true, role: true } });
}

/** A member of staff: a support agent or an admin. */
export function createStaff(role: 'SUPPORT' | 'ADMIN', overrides: UserOverrides = {}): Promise<Viewer> {
  return createUser(role, overrides);
}

/** A customer with an account. */
export function createCustomer(overrides: UserOverrides = {}): Promise<Viewer> {
  return createUser('CUSTOMER', overrides);
}
