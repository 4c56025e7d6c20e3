'use server';

import { revalidatePath } from 'next/cache';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { absoluteUrl } from '@/lib/urls';
import { assertAdmin } from './guards';
import { changeRoleSchema, inviteStaffSchema } from './schemas';
import { changeRole, inviteStaff } from './service';

/** Staff management: admins only. */

export async function inviteStaffAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['email', 'role']);
  try {
    const actor = await assertAdmin();
    const parsed = inviteStaffSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await inviteStaff(parsed.data, actor, absoluteUrl('/sign-in?callbackUrl=/admin'));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/staff');
  return { ok: true, message: `Invitation sent to ${values.email}.` };
}

export async function changeRoleAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['userId', 'role']);
  try {
    await assertAdmin();
    const parsed = changeRoleSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await changeRole(parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/staff');
  return { ok: true, message: 'Role updated.' };
}
