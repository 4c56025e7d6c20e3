import 'server-only';
import { cache } from 'react';
import type { Role } from '@/lib/db/generated/enums';
import { auth } from './config';

export interface Viewer {
  id: string;
  email: string;
  role: Role;
}

/** Who is asking, once per request. Null for anonymous visitors. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { id: session.user.id, email: session.user.email, role: session.user.role };
});
