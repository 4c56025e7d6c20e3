'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { markShippedAction } from '@/lib/orders/admin-actions';
import { CARRIER_NAMES } from '@/lib/orders/format';

export function ShipOrderForm({ number }: { number: string }) {
  const [result, action] = useActionState(markShippedAction, { ok: true } as ActionResult);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="number" value={number} />
      <SelectField
        id="ship-carrier"
        label="Carrier"
        name="carrier"
        required
        defaultValue={result.ok ? '' : result.values?.carrier}
        errors={result.fieldErrors?.carrier}
      >
        <option value="" disabled>
          Choose a carrier
        </option>
        {CARRIER_NAMES.map((carrier) => (
          <option key={carrier} value={carrier}>
            {carrier}
          </option>
        ))}
      </SelectField>
      <TextField
        id="ship-tracking"
        label="Tracking number"
        name="trackingNumber"
        autoComplete="off"
        required
        defaultValue={result.ok ? '' : result.values?.trackingNumber}
        errors={result.fieldErrors?.trackingNumber}
      />
      <SubmitButton className="self-start" pendingLabel="Saving…">
        Mark shipped
      </SubmitButton>
    </form>
  );
}
