'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action-result';
import { startCheckoutAction } from '@/lib/checkout/actions';

export function CheckoutButton({ disabled }: { disabled: boolean }) {
  const [result, action, pending] = useActionState(startCheckoutAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="email" value="" />
      <FormMessage result={result} />
      <Button type="submit" disabled={disabled || pending} className="w-full text-lg">
        {pending ? 'Opening secure checkout…' : 'Check out'}
      </Button>
    </form>
  );
}
