'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { requestSignInLink } from '@/lib/auth/actions';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, action] = useActionState(requestSignInLink, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label="E-mail address"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={result.values?.email}
        errors={result.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Sending…">Send me a sign-in link</SubmitButton>
    </form>
  );
}
