'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextAreaField } from '@/components/ui/text-area-field';
import type { ActionResult } from '@/lib/action-result';
import { replyAsStaffAction } from '@/lib/support/admin-actions';

/** Reply to the customer (e-mailed) or leave an internal note. Posts to the server action, so it works before JavaScript loads. */
export function TicketReplyForm({ number, prefill }: { number: string; prefill: string }) {
  const [result, action] = useActionState(replyAsStaffAction, { ok: true } as ActionResult);
  // After a refusal keep what was typed; after a send the form resets to the (empty or inserted) text.
  const typed = result.ok ? undefined : result.values;
  const sent = result.ok && Boolean(result.message);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="number" value={number} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Send as</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name="visibility"
            value="public"
            defaultChecked={(typed?.visibility ?? 'public') === 'public'}
            className="size-5 accent-teal"
          />
          Reply to customer (e-mailed)
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name="visibility"
            value="internal"
            defaultChecked={typed?.visibility === 'internal'}
            className="size-5 accent-teal"
          />
          Internal note (staff only)
        </label>
      </fieldset>
      <TextAreaField
        id="reply-body"
        name="body"
        label="Message"
        rows={8}
        required
        maxLength={10_000}
        defaultValue={typed?.body ?? (sent ? '' : prefill)}
        errors={result.fieldErrors?.body}
      />
      <FormMessage result={result} />
      <SubmitButton className="self-start" pendingLabel="Sending…">
        Send
      </SubmitButton>
    </form>
  );
}
