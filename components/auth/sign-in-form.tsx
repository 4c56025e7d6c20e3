'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { requestSignInLink } from '@/lib/auth/actions';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, action, pending] = useActionState(requestSignInLink, { ok: true } as ActionResult);
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
      <Button type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Send me a sign-in link'}
      </Button>
    </form>
  );
}
