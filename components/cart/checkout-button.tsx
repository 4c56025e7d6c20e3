'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { startCheckoutAction } from '@/lib/checkout/actions';

export function CheckoutButton({ disabled }: { disabled: boolean }) {
  const [result, action] = useActionState(startCheckoutAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="email" value="" />
      <FormMessage result={result} />
      <SubmitButton disabled={disabled} pendingLabel="Opening secure checkout…" className="w-full text-lg">
        Check out
      </SubmitButton>
    </form>
  );
}
