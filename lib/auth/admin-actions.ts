'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { absoluteUrl } from '@/lib/urls';
import { changeRoleSchema, inviteStaffSchema } from './schemas';
import { changeRole, inviteStaff } from './service';

/** Staff management: admins only, with a recent sign-in (granting or changing a role is a role action). */

export const inviteStaffAction = staffAction(
  'admin',
  { schema: inviteStaffSchema, fields: ['email', 'role'], sensitive: () => ({ what: 'invite staff', returnTo: '/admin/staff' }) },
  async (invite, { actor, values }) => {
    await inviteStaff(invite, actor, absoluteUrl('/sign-in?callbackUrl=/admin'));
    revalidatePath('/admin/staff');
    return { ok: true, message: `Invitation sent to ${values?.email}.` };
  },
);

export const changeRoleAction = staffAction(
  'admin',
  { schema: changeRoleSchema, fields: ['userId', 'role'], sensitive: () => ({ what: 'change a role', returnTo: '/admin/staff' }) },
  async (change) => {
    await changeRole(change);
    revalidatePath('/admin/staff');
    return { ok: true, message: 'Role updated.' };
  },
);
