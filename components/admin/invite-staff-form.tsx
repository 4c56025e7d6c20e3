'use client';

import { useActionState } from 'react';
import { describedBy, FieldError } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { inviteStaffAction } from '@/lib/auth/admin-actions';

export function InviteStaffForm() {
  const [result, action] = useActionState(inviteStaffAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage result={result} />
      <TextField
        label="E-mail address"
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={result.ok ? '' : result.values?.email}
        errors={result.fieldErrors?.email}
      />
      <fieldset aria-describedby={describedBy('field-role', false, result.fieldErrors?.role)}>
        <legend className="font-semibold">Role</legend>
        <div className="mt-2 flex gap-6">
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="SUPPORT" defaultChecked className="h-5 w-5" /> Support
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="ADMIN" className="h-5 w-5" /> Admin
          </label>
        </div>
        <FieldError id="field-role" errors={result.fieldErrors?.role} className="mt-1" />
      </fieldset>
      <SubmitButton className="self-start" pendingLabel="Inviting…">
        Send invitation
      </SubmitButton>
    </form>
  );
}
