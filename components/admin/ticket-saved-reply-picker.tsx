import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import type { SavedReplyDto } from '@/lib/support/saved-replies';

/**
 * Picks a saved reply by reloading the ticket page with `?reply=<id>`: the page
 * fills its placeholders and puts it in the reply box. Works without JavaScript.
 */
export function TicketSavedReplyPicker({
  number,
  replies,
  chosen,
}: {
  number: string;
  replies: Pick<SavedReplyDto, 'id' | 'title'>[];
  chosen: string | null;
}) {
  if (replies.length === 0) return null;
  return (
    <form method="get" action={`/admin/support/${number}#reply`} className="flex flex-wrap items-end gap-3 border-b border-line pb-4">
      <SelectField
        id="saved-reply"
        label="Saved reply"
        name="reply"
        defaultValue={chosen ?? ''}
        aria-describedby="saved-reply-hint"
        fieldClassName="min-w-0 flex-1"
      >
        <option value="">Choose one…</option>
        {replies.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary">
        Insert
      </Button>
      <p id="saved-reply-hint" className="w-full text-sm text-ink-soft">
        Inserting replaces what is in the message box.
      </p>
    </form>
  );
}
