import 'server-only';
import { cache } from 'react';
import type { Role } from '@/lib/db/generated/enums';
import { auth } from './config';

export interface Viewer {
  id: string;
  email: string;
  role: Role;
  /** When this session's magic link was used; unknown never counts as a recent sign-in (lib/auth/policy.ts). */
  signedInAt?: Date;
}

/** Who is asking, once per request. Null for anonymous visitors and for staff sessions past their hours. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { id, email, role } = session.user;
  return { id, email, role, ...(session.signedInAt && { signedInAt: new Date(session.signedInAt) }) };
});
