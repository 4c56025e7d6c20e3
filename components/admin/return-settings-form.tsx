'use client';

import { useActionState } from 'react';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { saveReturnSettingsAction } from '@/lib/returns/admin-actions';
import { REASON_LABELS } from '@/lib/returns/labels';
import { RETURN_REASONS } from '@/lib/returns/schemas';
import type { ReturnSettings } from '@/lib/returns/settings';

const REASON_OPTIONS = RETURN_REASONS.map((value) => ({ value, label: REASON_LABELS[value] }));

/** The return policy. Support agents see it read-only (`canSave` false); the action checks again. */
export function ReturnSettingsForm({ settings, canSave }: { settings: ReturnSettings; canSave: boolean }) {
  const [result, action, pending] = useActionState(saveReturnSettingsAction, { ok: true } as ActionResult);
  // After a refusal, show what was typed; otherwise what is saved (the page re-renders after a save).
  const typed = result.ok ? undefined : result.values;
  const errors = (key: string) => result.fieldErrors?.[key];
  // The two day counts differ only in their bounds.
  const days = (name: 'awaitItemDays' | 'reminderDaysBefore', min: number, max: number) =>
    ({
      name,
      type: 'number',
      inputMode: 'numeric',
      min,
      max,
      step: 1,
      required: true,
      defaultValue: typed?.[name] ?? settings[name],
      errors: errors(name),
    }) as const;
  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <fieldset disabled={!canSave || pending} className="flex flex-col gap-6">
        <legend className="sr-only">Return policy</legend>
        <CheckboxGroup
          legend="Approve at once when the reason is"
          name="autoApproveReasons"
          options={REASON_OPTIONS}
          checked={typed ? (typed.autoApproveReasons ?? '').split(',').filter(Boolean) : settings.autoApproveReasons}
          errors={errors('autoApproveReasons')}
        />
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name="refundRequiresReceipt"
            defaultChecked={typed ? typed.refundRequiresReceipt === 'on' : settings.refundRequiresReceipt}
            className="size-5 accent-teal"
          />
          Refund only once the item is back (otherwise an approved return can be refunded at once)
        </label>
        <TextField
          id="settings-await"
          label="Days to wait for the item"
          hint="An approved return whose item has not arrived by then expires. 7 to 120 days."
          {...days('awaitItemDays', 7, 120)}
        />
        <TextField
          id="settings-reminder"
          label="Reminder, days before it expires"
          hint="The customer is reminded to send the item this many days before the return expires. 1 to 30 days."
          {...days('reminderDaysBefore', 1, 30)}
        />
      </fieldset>
      <FormMessage result={result} />
      {canSave ? (
        <SubmitButton className="self-start" pendingLabel="Saving…">
          Save return policy
        </SubmitButton>
      ) : (
        <p className="text-ink-soft">Only admins can change the return policy.</p>
      )}
    </form>
  );
}
