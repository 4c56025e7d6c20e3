import 'server-only';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import type { EmailConfig } from 'next-auth/providers';
import { db } from '@/lib/db';
import { enqueueEmail } from '@/lib/email/outbox';
import { signInLinkEmail } from '@/lib/email/templates';
import { env } from '@/lib/env';
import type { Role } from '@/lib/db/generated/enums';
import { storeAdapter, type StoreSessionFields } from './adapter';
import { continueUrlFor } from './links';
import { MAGIC_LINK_MAX_AGE_SECONDS } from './magic-link';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; role: Role; name?: string | null };
    /** When the magic link that opened this session was used (ISO, as the session travels as JSON). */
    signedInAt?: string;
  }
  interface User {
    role?: Role;
  }
}

export { MAGIC_LINK_MAX_AGE_SECONDS };

/**
 * Magic links go through the outbox like every other e-mail, and point at the
 * Continue page rather than at next-auth's callback (see ./links.ts).
 */
const emailProvider: EmailConfig = {
  id: 'email',
  type: 'email',
  name: 'Email',
  maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
  async sendVerificationRequest({ identifier, url, expires }) {
    await enqueueEmail(db, { to: identifier, template: 'sign-in-link', email: signInLinkEmail({ url: continueUrlFor(url), expires }) });
  },
};

function config(): NextAuthConfig {
  return {
    adapter: storeAdapter(db),
    // Customers: 30 days, renewed daily while used. Staff: also cut at 8 hours from sign-in, in storeAdapter.
    session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    providers: [emailProvider],
    secret: env().AUTH_SECRET,
    trustHost: true,
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in/error' },
    callbacks: {
      // Only what the store reads: the adapter's session row (its token) and the whole user row never reach /api/auth/session.
      session(params) {
        const { user } = params;
        const signedInAt = ('session' in params ? (params.session as StoreSessionFields) : {}).signedInAt;
        return {
          user: { id: user.id, email: user.email, name: user.name ?? null, role: user.role ?? 'CUSTOMER' },
          expires: params.session.expires,
          ...(signedInAt && { signedInAt: new Date(signedInAt).toISOString() }),
        };
      },
    },
  };
}

// Lazy so that importing this module (next build does) never reads the environment.
export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
