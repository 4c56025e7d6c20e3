import type { Viewer } from '@/lib/auth/session';

/**
 * A stand-in for next-auth: each test decides who is asking. A test file mocks the session module with this one,
 *
 *   vi.mock('@/lib/auth/session', () => import('../support/viewer'));
 *
 * and then calls `actAs('support')` (or any Viewer, or null) before the code under test runs.
 *
 * A viewer given without `signedInAt` signed in just now (a fresh sign-in, as money and role actions need);
 * pass `{ signedInAt }` (or a Viewer that has one) for an older sign-in: `actAs('admin', { signedInAt: minutesAgo(16) })`.
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
export function actAs<P extends Person>(who: P, session?: { signedInAt: Date }): (typeof people)[P];
export function actAs<V extends Viewer | null>(who: V, session?: { signedInAt: Date }): V;
export function actAs(who: Person | Viewer | null, session?: { signedInAt: Date }): Viewer | null {
  const viewer: Viewer | null = typeof who === 'string' ? people[who] : who;
  current = viewer && { ...viewer, signedInAt: session?.signedInAt ?? viewer.signedInAt ?? new Date() };
  return viewer;
}

/** A moment `minutes` before the real clock: sign-in ages are relative to the request's own clock reading. */
export function minutesAgo(minutes: number): Date {
  return new Date(Date.now() - minutes * 60_000);
}

/** The mocked `getViewer` of '@/lib/auth/session'. */
export async function getViewer(): Promise<Viewer | null> {
  return current;
}
