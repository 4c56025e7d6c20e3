import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { canManageStaff, isStaff } from './policy';
import { getViewer, type Viewer } from './session';

/**
 * Authorisation checks. Every page, route handler and server action calls
 * one of these itself: a check in a layout or in middleware does not protect
 * the action endpoints that the page's forms post to.
 */

// ---- pages: send anonymous visitors to sign in, others to a 403 page.

export async function requireViewer(callbackPath: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return viewer;
}

export async function requireStaffPage(callbackPath: string): Promise<Viewer> {
  const viewer = await requireViewer(callbackPath);
  if (!isStaff(viewer.role)) forbidden();
  return viewer;
}

export async function requireAdminPage(callbackPath: string): Promise<Viewer> {
  const viewer = await requireViewer(callbackPath);
  if (!canManageStaff(viewer.role)) forbidden();
  return viewer;
}

// ---- actions and route handlers: throw, the caller maps it to a response.

export async function assertStaff(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  if (!isStaff(viewer.role)) throw new AppError('FORBIDDEN', 'Only staff can do that.');
  return viewer;
}

export async function assertAdmin(): Promise<Viewer> {
  const viewer = await assertStaff();
  if (!canManageStaff(viewer.role)) throw new AppError('FORBIDDEN', 'Only admins can do that.');
  return viewer;
}

// ---- money, stock and role steps: an admin with a recent sign-in (see ./reauth.ts).

export { refuseUnlessFreshAdmin, type SensitiveStep } from './reauth';
