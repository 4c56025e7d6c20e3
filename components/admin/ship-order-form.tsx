'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { markShippedAction } from '@/lib/orders/admin-actions';
import { CARRIER_NAMES } from '@/lib/orders/carriers';

export function ShipOrderForm({ number }: { number: string }) {
  const [result, action, pending] = useActionState(markShippedAction, { ok: true } as ActionResult);
  const carrierErrors = result.fieldErrors?.carrier;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="number" value={number} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="ship-carrier" className="font-semibold">Carrier</label>
        <select
          id="ship-carrier"
          name="carrier"
          required
          defaultValue={result.ok ? '' : result.values?.carrier}
          aria-invalid={carrierErrors?.length ? true : undefined}
          aria-describedby={carrierErrors?.length ? 'ship-carrier-error' : undefined}
          className="min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3 aria-invalid:border-accent"
        >
          <option value="" disabled>Choose a carrier</option>
          {CARRIER_NAMES.map((carrier) => (
            <option key={carrier} value={carrier}>{carrier}</option>
          ))}
        </select>
        {carrierErrors?.length ? <p id="ship-carrier-error" className="text-sm font-medium text-accent">{carrierErrors.join(' ')}</p> : null}
      </div>
      <TextField
        id="ship-tracking"
        label="Tracking number"
        name="trackingNumber"
        autoComplete="off"
        required
        defaultValue={result.ok ? '' : result.values?.trackingNumber}
        errors={result.fieldErrors?.trackingNumber}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? 'Saving…' : 'Mark shipped'}
      </Button>
    </form>
  );
}
