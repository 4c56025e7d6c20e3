import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import type { Role } from '@/lib/db/generated/enums';
import { enqueueEmail } from '@/lib/email/outbox';
import { staffInvitationEmail } from '@/lib/email/templates';
import { AppError } from '@/lib/errors';
import type { Viewer } from './session';

/**
 * Adds a staff member, or promotes an existing customer, and tells them by
 * e-mail. Both happen in one transaction.
 */
export async function inviteStaff(
  input: { email: string; role: 'ADMIN' | 'SUPPORT' },
  actor: Viewer,
  signInUrl: string,
  client: DbOrTx = db,
): Promise<{ userId: string }> {
  return inTransaction(client, async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, role: true } });
    if (existing && existing.role !== 'CUSTOMER') {
      throw new AppError('CONFLICT', `${input.email} is already on the staff.`);
    }
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, role: input.role },
      update: { role: input.role },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      to: input.email,
      template: 'staff-invitation',
      email: staffInvitationEmail({ role: input.role, invitedBy: actor.email, signInUrl }),
    });
    return { userId: user.id };
  });
}

/** Changes a user's role; the store always keeps at least one admin. */
export async function changeRole(input: { userId: string; role: Role }, client: DbOrTx = db): Promise<void> {
  await inTransaction(client, async (tx) => {
    // Serialise role changes so two admins demoting each other cannot leave none.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staff-roles'))`;
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user) throw new AppError('NOT_FOUND', 'That user does not exist.');
    if (user.role === 'ADMIN' && input.role !== 'ADMIN') {
      const admins = await tx.user.count({ where: { role: 'ADMIN' } });
      if (admins <= 1) throw new AppError('CONFLICT', 'The store needs at least one admin: promote someone else first.');
    }
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    if (input.role === 'CUSTOMER') {
      // Staff rights end now, not when the session would have expired.
      await tx.session.deleteMany({ where: { userId: input.userId } });
    }
  });
}
