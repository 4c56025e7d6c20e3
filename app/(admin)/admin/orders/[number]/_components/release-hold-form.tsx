'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { releaseOrderHoldAction } from '@/lib/orders/hold-admin-actions';

/** Admins release a hold once they have checked the payment; the order can then ship. */
export function ReleaseHoldForm({ number }: { number: string }) {
  const [result, action] = useActionState(releaseOrderHoldAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="number" value={number} />
      <FormMessage result={result} />
      <SubmitButton variant="danger" className="self-start" pendingLabel="Releasing…">
        Release hold after review
      </SubmitButton>
    </form>
  );
}
