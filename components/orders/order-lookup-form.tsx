'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { lookupOrderAction } from '@/lib/orders/actions';

export function OrderLookupForm() {
  const [result, action] = useActionState(lookupOrderAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage result={result} />
      <TextField
        label="Order number"
        name="number"
        placeholder="QLC-10042"
        required
        defaultValue={result.values?.number}
        errors={result.fieldErrors?.number}
      />
      <TextField
        label="E-mail used for the order"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={result.values?.email}
        errors={result.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Sending…">E-mail me a link to my order</SubmitButton>
    </form>
  );
}
