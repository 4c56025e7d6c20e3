'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { cancelReturnAction } from '@/lib/returns/actions';

/** Withdraws a return; `proof` is the return's number (signed in) or its signed link token (guest). */
export function CancelReturnForm({ proof }: { proof: { name: 'returnNumber' | 'token'; value: string } }) {
  const [result, action] = useActionState(cancelReturnAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage result={result} />
      <input type="hidden" name={proof.name} value={proof.value} />
      <p className="text-ink-soft">Changed your mind? You can withdraw this return until the item reaches us.</p>
      <SubmitButton variant="danger" className="self-start" pendingLabel="Cancelling…">
        Cancel this return
      </SubmitButton>
    </form>
  );
}
