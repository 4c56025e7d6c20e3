import { describe, expect, it } from 'vitest';
import { storeAdapter } from '@/lib/auth/adapter';
import { hashVerificationToken } from '@/lib/auth/magic-link';
import { hasRecentSignIn, sessionIsLive } from '@/lib/auth/policy';
import { refuseUnlessFreshAdmin } from '@/lib/auth/reauth';
import { db } from '@/lib/db';
import type { Role } from '@/lib/db/generated/enums';
import { env } from '@/lib/env';
import { createStaff, createUser } from '../factories/staff';

const HOUR = 3_600_000;
const signedInAt = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(signedInAt.getTime() + ms);

/** A session for a new user with `role`, signed in at `signedInAt`, whose 30-day expiry is still ahead. */
async function sessionOf(role: Role): Promise<string> {
  const user = await createUser(role);
  const sessionToken = crypto.randomUUID();
  await db.session.create({ data: { sessionToken, userId: user.id, signedInAt, expires: new Date('2099-01-01T00:00:00Z') } });
  return sessionToken;
}

describe('session lifetimes', () => {
  it('end a staff session 8 hours after its sign-in, however active, and delete it', async () => {
    for (const role of ['ADMIN', 'SUPPORT'] as const) {
      const token = await sessionOf(role);
      expect(await storeAdapter(db, () => at(8 * HOUR - 1)).getSessionAndUser!(token), role).toMatchObject({ user: { role } });
      expect(await storeAdapter(db, () => at(8 * HOUR)).getSessionAndUser!(token), role).toBeNull();
      expect(await db.session.count({ where: { sessionToken: token } })).toBe(0);
    }
  });

  it('keep a customer signed in for the 30 days next-auth gives them', async () => {
    const token = await sessionOf('CUSTOMER');
    expect(await storeAdapter(db, () => at(29 * 24 * HOUR)).getSessionAndUser!(token)).toMatchObject({ user: { role: 'CUSTOMER' } });
  });

  it('hold a customer promoted to staff to the staff limit at once', async () => {
    const token = await sessionOf('CUSTOMER');
    await db.user.updateMany({ where: { sessions: { some: { sessionToken: token } } }, data: { role: 'ADMIN' } });
    expect(await storeAdapter(db, () => at(9 * HOUR)).getSessionAndUser!(token)).toBeNull();
  });

  it('stamp a session with its sign-in time when next-auth creates it', async () => {
    const user = await createStaff('ADMIN');
    const before = Date.now();
    await storeAdapter(db).createSession!({ sessionToken: 'fresh-token', userId: user.id, expires: new Date('2099-01-01T00:00:00Z') });
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken: 'fresh-token' } });
    expect(row.signedInAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
  });
});

describe('recent sign-in', () => {
  it('counts the last 15 minutes, and never an unknown sign-in time', () => {
    expect(hasRecentSignIn(signedInAt, at(15 * 60_000))).toBe(true);
    expect(hasRecentSignIn(signedInAt, at(15 * 60_000 + 1))).toBe(false);
    expect(hasRecentSignIn(undefined, signedInAt)).toBe(false);
    expect(sessionIsLive('CUSTOMER', signedInAt, at(1000 * HOUR))).toBe(true);
  });

  it('refuses a support agent outright, whatever the sign-in time', async () => {
    const agent = { ...(await createStaff('SUPPORT')), signedInAt };
    const step = { what: 'refund a return', returnTo: '/admin/returns/RMA-1001' };
    await expect(refuseUnlessFreshAdmin(step, agent, { now: at(60_000), values: undefined })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only admins can refund a return.',
    });
  });

  it('e-mails a stale admin a fresh link to the Continue page that returns to the page, at most 3 a quarter hour', async () => {
    const admin = { ...(await createStaff('ADMIN')), signedInAt };
    const step = { what: 'refund a return', returnTo: '/admin/returns/RMA-1001' };
    const now = at(16 * 60_000);
    expect(await refuseUnlessFreshAdmin(step, { ...admin, signedInAt: at(60_000) }, { now, values: undefined })).toBeNull();

    const refused = await refuseUnlessFreshAdmin(step, admin, { now, values: { number: 'RMA-1001' } });
    expect(refused).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', values: { number: 'RMA-1001' } });
    expect(refused?.message).toBe(
      `To refund a return, confirm it's you: it needs a sign-in from the last 15 minutes. We've e-mailed a fresh sign-in link to ${admin.email}: open it, press Continue, and you'll be back on this page to try again.`,
    );
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: admin.email } });
    const link = new URL(mail.text.match(/http\S+\/sign-in\/continue\?\S+/)![0]);
    expect(link.searchParams.get('callbackUrl')).toBe(new URL('/admin/returns/RMA-1001', env().APP_URL).toString());
    expect(link.searchParams.get('email')).toBe(admin.email);
    // Stored the way next-auth's callback looks it up, so the link signs in.
    const stored = await db.verificationToken.findFirstOrThrow({ where: { identifier: admin.email } });
    expect(stored.token).toBe(hashVerificationToken(link.searchParams.get('token')!, env().AUTH_SECRET));
    expect(stored.expires).toEqual(new Date(now.getTime() + HOUR));

    await refuseUnlessFreshAdmin(step, admin, { now, values: undefined });
    await refuseUnlessFreshAdmin(step, admin, { now, values: undefined });
    const fourth = await refuseUnlessFreshAdmin(step, admin, { now, values: undefined });
    expect(fourth?.message).toMatch(/We have already e-mailed you fresh sign-in links/);
    expect(await db.outboxMessage.count({ where: { to: admin.email } })).toBe(3);
  });
});
