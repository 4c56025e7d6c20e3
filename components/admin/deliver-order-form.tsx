'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { markDeliveredAction } from '@/lib/orders/admin-actions';

/** `today` is the store's date (YYYY-MM-DD), worked out on the server so both agree. */
export function DeliverOrderForm({ number, today }: { number: string; today: string }) {
  const [result, action] = useActionState(markDeliveredAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="number" value={number} />
      <TextField
        id="deliver-date"
        label="Delivered on"
        hint="The 60-day guarantee starts on this date."
        name="deliveredOn"
        type="date"
        max={today}
        required
        defaultValue={result.ok ? today : result.values?.deliveredOn}
        errors={result.fieldErrors?.deliveredOn}
      />
      <SubmitButton className="self-start" pendingLabel="Saving…">
        Mark delivered
      </SubmitButton>
    </form>
  );
}
