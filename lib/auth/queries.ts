import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import type { Role } from '@/lib/db/generated/enums';

export interface StaffMemberDto {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  lastSignInAt: Date | null;
  joinedAt: Date;
}

export async function listStaff(client: DbOrTx = db): Promise<StaffMemberDto[]> {
  const rows = await client.user.findMany({
    where: { role: { in: ['ADMIN', 'SUPPORT'] } },
    select: { id: true, email: true, name: true, role: true, emailVerified: true, createdAt: true },
    orderBy: [{ role: 'asc' }, { email: 'asc' }],
  });
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role, lastSignInAt: r.emailVerified, joinedAt: r.createdAt }));
}
