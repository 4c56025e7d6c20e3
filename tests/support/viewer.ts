import type { Viewer } from '@/lib/auth/session';

/**
 * A stand-in for next-auth: each test decides who is asking. A test file mocks the session module with this one,
 *
 *   vi.mock('@/lib/auth/session', () => import('../support/viewer'));
 *
 * and then calls `actAs('support')` (or any Viewer, or null) before the code under test runs.
 */
export const people = {
  anonymous: null,
  customer: { id: 'c1', email: 'customer@example.test', role: 'CUSTOMER' },
  support: { id: 's1', email: 'support@example.test', role: 'SUPPORT' },
  admin: { id: 'a1', email: 'admin@example.test', role: 'ADMIN' },
} as const satisfies Record<string, Viewer | null>;

export type Person = keyof typeof people;

let current: Viewer | null = null;

/** Makes `who` the signed-in user (a name from `people`, any Viewer, or null for anonymous); returns that viewer. */
export function actAs<P extends Person>(who: P): (typeof people)[P];
export function actAs<V extends Viewer | null>(who: V): V;
export function actAs(who: Person | Viewer | null): Viewer | null {
  current = typeof who === 'string' ? people[who] : who;
  return current;
}

/** The mocked `getViewer` of '@/lib/auth/session'. */
export async function getViewer(): Promise<Viewer | null> {
  return current;
}
