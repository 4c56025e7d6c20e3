'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { clearDisputeAction } from '@/lib/orders/admin-actions';

/** Admins clear the dispute flag once the card issuer's dispute is settled; refunds may then go ahead. */
export function ClearDisputeForm({ number }: { number: string }) {
  const [result, action] = useActionState(clearDisputeAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="number" value={number} />
      <FormMessage result={result} />
      <SubmitButton variant="danger" className="self-start" pendingLabel="Clearing…">
        Clear dispute flag
      </SubmitButton>
    </form>
  );
}
