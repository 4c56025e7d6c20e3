'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { deleteSavedReplyAction, saveSavedReplyAction } from '@/lib/support/admin-actions';
import { TextArea } from './article-fields';

const idle: ActionResult = { ok: true };

/** Creates a saved reply (no `reply`) or edits one. */
export function SavedReplyForm({ reply }: { reply?: { id: string; title: string; body: string } }) {
  const [result, action, pending] = useActionState(saveSavedReplyAction, idle);
  const typed = result.ok ? undefined : result.values;
  const prefix = reply ? `saved-${reply.id}` : 'saved-new';
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {reply && <input type="hidden" name="id" value={reply.id} />}
      <TextField id={`${prefix}-title`} label="Title" name="title" required maxLength={100} defaultValue={typed?.title ?? reply?.title ?? ''} errors={result.fieldErrors?.title} />
      <TextArea
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
      <Button type="submit" disabled={pending} className="self-start">{pending ? 'Saving…' : reply ? 'Save changes' : 'Add saved reply'}</Button>
    </form>
  );
}

export function DeleteSavedReplyForm({ id, title }: { id: string; title: string }) {
  const [result, action, pending] = useActionState(deleteSavedReplyAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <p>Delete “{title}” for everyone? Tickets already answered with it keep their text.</p>
      <FormMessage result={result} />
      <Button type="submit" variant="danger" disabled={pending} className="self-start">{pending ? 'Deleting…' : 'Delete saved reply'}</Button>
    </form>
  );
}
