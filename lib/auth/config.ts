import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import type { EmailConfig } from 'next-auth/providers';
import { db } from '@/lib/db';
import { enqueueEmail } from '@/lib/email/outbox';
import { signInLinkEmail } from '@/lib/email/templates';
import { env } from '@/lib/env';
import type { Role } from '@/lib/db/generated/enums';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; role: Role; name?: string | null };
  }
  interface User {
    role?: Role;
  }
}

export const MAGIC_LINK_MAX_AGE_SECONDS = 60 * 60;

/** Magic links go through the outbox like every other e-mail. */
const emailProvider: EmailConfig = {
  id: 'email',
  type: 'email',
  name: 'Email',
  maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
  async sendVerificationRequest({ identifier, url, expires }) {
    await enqueueEmail(db, { to: identifier, template: 'sign-in-link', email: signInLinkEmail({ url, expires }) });
  },
};

function config(): NextAuthConfig {
  return {
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    providers: [emailProvider],
    secret: env().AUTH_SECRET,
    trustHost: true,
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in/error' },
    callbacks: {
      session({ session, user }) {
        session.user.id = user.id;
        session.user.role = user.role ?? 'CUSTOMER';
        return session;
      },
    },
  };
}

// Lazy so that importing this module (next build does) never reads the environment.
export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
