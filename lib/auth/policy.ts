import type { Role } from '@/lib/db/generated/enums';

/** Pure rules about roles, shared by guards, pages and services. */
export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'SUPPORT'];

export function isStaff(role: Role | undefined | null): boolean {
  return !!role && STAFF_ROLES.includes(role);
}

export function canManageStaff(role: Role | undefined | null): boolean {
  return role === 'ADMIN';
}

/** Staff sessions end this long after the sign-in that opened them, however active; customers keep the sliding 30 days. */
export const STAFF_SESSION_HOURS = 8;
/** Money and role actions need a sign-in this recent. */
export const RECENT_SIGN_IN_MINUTES = 15;

/** Whether a session of someone with `role`, signed in at `signedInAt`, still counts at `now`. */
export function sessionIsLive(role: Role | undefined | null, signedInAt: Date, now: Date): boolean {
  if (!isStaff(role)) return true;
  return now.getTime() < signedInAt.getTime() + STAFF_SESSION_HOURS * 3_600_000;
}

/** A sign-in time that is unknown never counts as recent. */
export function hasRecentSignIn(signedInAt: Date | undefined, now: Date): boolean {
  if (!signedInAt) return false;
  const age = now.getTime() - signedInAt.getTime();
  return age >= -60_000 && age <= RECENT_SIGN_IN_MINUTES * 60_000;
}
