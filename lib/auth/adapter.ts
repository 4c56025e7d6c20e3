import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { Adapter } from 'next-auth/adapters';
import { db } from '@/lib/db';
import type { Role } from '@/lib/db/generated/enums';
import { sessionIsLive } from './policy';

/** What the Session and User rows carry beyond next-auth's own fields. */
export interface StoreSessionFields {
  /** Set by the database when the session is created, at the end of a magic-link sign-in. */
  signedInAt?: Date;
}

/**
 * next-auth's Prisma adapter, with the staff session limit enforced where
 * every session is read: a staff session older than its hours is deleted and
 * reads as signed out, for pages, actions and route handlers alike.
 */
export function storeAdapter(client = db, clock: () => Date = () => new Date()): Adapter {
  const base = PrismaAdapter(client as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(sessionToken);
      if (!found) return null;
      const { role } = found.user as { role?: Role };
      const { signedInAt } = found.session as StoreSessionFields;
      if (sessionIsLive(role, signedInAt ?? new Date(0), clock())) return found;
      await client.session.deleteMany({ where: { sessionToken } });
      return null;
    },
  };
}
