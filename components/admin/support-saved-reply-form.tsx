'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { deleteSavedReplyAction, saveSavedReplyAction } from '@/lib/support/admin-actions';

const idle: ActionResult = { ok: true };

/** Creates a saved reply (no `reply`) or edits one. */
export function SavedReplyForm({ reply }: { reply?: { id: string; title: string; body: string } }) {
  const [result, action] = useActionState(saveSavedReplyAction, idle);
  const typed = result.ok ? undefined : result.values;
  const prefix = reply ? `saved-${reply.id}` : 'saved-new';
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {reply && <input type="hidden" name="id" value={reply.id} />}
      <TextField
        id={`${prefix}-title`}
        label="Title"
        name="title"
        required
        maxLength={100}
        defaultValue={typed?.title ?? reply?.title ?? ''}
        errors={result.fieldErrors?.title}
      />
      <TextAreaField
        id={`${prefix}-body`}
        name="body"
        label="Reply"
        hint="Placeholders such as {{firstName}} are filled in when the reply is inserted into a ticket."
        rows={6}
        required
        maxLength={10_000}
        defaultValue={typed?.body ?? reply?.body ?? ''}
        errors={result.fieldErrors?.body}
      />
      <FormMessage result={result} />
      <SubmitButton className="self-start" pendingLabel="Saving…">
        {reply ? 'Save changes' : 'Add saved reply'}
      </SubmitButton>
    </form>
  );
}

export function DeleteSavedReplyForm({ id, title }: { id: string; title: string }) {
  const [result, action] = useActionState(deleteSavedReplyAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <p>Delete “{title}” for everyone? Tickets already answered with it keep their text.</p>
      <FormMessage result={result} />
      <SubmitButton variant="danger" className="self-start" pendingLabel="Deleting…">
        Delete saved reply
      </SubmitButton>
    </form>
  );
}
