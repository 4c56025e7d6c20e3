'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { changeRoleAction } from '@/lib/auth/admin-actions';

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: 'ADMIN' | 'SUPPORT' | 'CUSTOMER' }) {
  const [result, action] = useActionState(changeRoleAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <SelectField id={`role-${userId}`} label={`Role for ${email}`} labelClassName="sr-only" name="role" defaultValue={role}>
        <option value="ADMIN">Admin</option>
        <option value="SUPPORT">Support</option>
        <option value="CUSTOMER">Remove from staff</option>
      </SelectField>
      <SubmitButton variant="secondary" className="px-4">
        Save<span className="sr-only"> role for {email}</span>
      </SubmitButton>
      {result.message && (
        <p role={result.ok ? 'status' : 'alert'} className={`w-full text-sm ${result.ok ? 'text-teal-dark' : 'text-accent'}`}>
          {result.message}
        </p>
      )}
    </form>
  );
}
