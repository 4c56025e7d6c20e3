import type { Role } from '@/lib/db/generated/enums';

/** Pure rules about roles, shared by guards, pages and services. */
export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'SUPPORT'];

export function isStaff(role: Role | undefined | null): boolean {
  return !!role && STAFF_ROLES.includes(role);
}

export function canManageStaff(role: Role | undefined | null): boolean {
  return role === 'ADMIN';
}
