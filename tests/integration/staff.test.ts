import { describe, expect, it } from 'vitest';
import { changeRole, inviteStaff } from '@/lib/auth/service';
import { db } from '@/lib/db';
import { uniqueEmail } from '../factories/email';
import { createCustomer, createStaff } from '../factories/staff';

const admin = { id: 'a1', email: 'boss@example.test', role: 'ADMIN' as const };

describe('staff management', () => {
  it('invites a new person as support and queues their invitation in the same transaction', async () => {
    const email = uniqueEmail('agent');
    const { userId } = await inviteStaff({ email, role: 'SUPPORT' }, admin, 'http://localhost:3000/sign-in');
    expect(await db.user.findUnique({ where: { id: userId }, select: { role: true } })).toEqual({ role: 'SUPPORT' });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toBe('You have been added to the QL Claw team');
    expect(mail.text).toContain('boss@example.test added you to the QL Claw staff area as a support agent');
  });

  it('promotes an existing customer, but refuses to re-invite someone already on the staff', async () => {
    const email = uniqueEmail('customer');
    await createCustomer({ email });
    await inviteStaff({ email, role: 'ADMIN' }, admin, 'http://x/sign-in');
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe('ADMIN');
    await expect(inviteStaff({ email, role: 'SUPPORT' }, admin, 'http://x/sign-in')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(1);
  });

  it('never leaves the store without an admin, even when two admins demote each other at once', async () => {
    const [a, b] = await Promise.all([createStaff('ADMIN'), createStaff('ADMIN')]);
    await db.user.updateMany({ where: { role: 'ADMIN', id: { notIn: [a.id, b.id] } }, data: { role: 'SUPPORT' } });
    const outcomes = await Promise.allSettled([
      changeRole({ userId: a.id, role: 'SUPPORT' }),
      changeRole({ userId: b.id, role: 'SUPPORT' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await db.user.count({ where: { role: 'ADMIN' } })).toBe(1);
  });

  it('ends the sessions of someone removed from the staff', async () => {
    const agent = await createStaff('SUPPORT', { email: uniqueEmail('leaver') });
    await db.session.create({ data: { sessionToken: `t-${agent.id}`, userId: agent.id, expires: new Date(Date.now() + 86_400_000) } });
    await changeRole({ userId: agent.id, role: 'CUSTOMER' });
    expect(await db.session.count({ where: { userId: agent.id } })).toBe(0);
  });
});
