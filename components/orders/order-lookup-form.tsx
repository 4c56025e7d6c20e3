'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { lookupOrderAction } from '@/lib/orders/actions';

export function OrderLookupForm() {
  const [result, action, pending] = useActionState(lookupOrderAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage result={result} />
      <TextField label="Order number" name="number" placeholder="QLC-10042" required defaultValue={result.values?.number} errors={result.fieldErrors?.number} />
      <TextField label="E-mail used for the order" name="email" type="email" autoComplete="email" required defaultValue={result.values?.email} errors={result.fieldErrors?.email} />
      <Button type="submit" disabled={pending}>{pending ? 'Sending…' : 'E-mail me a link to my order'}</Button>
    </form>
  );
}
