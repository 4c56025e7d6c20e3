'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import type { TicketPriority, TicketStatus } from '@/lib/db/generated/enums';
import { updateTicketAction } from '@/lib/support/admin-actions';
import { PRIORITY_LABELS, STAFF_STATUS_LABELS, TICKET_PRIORITIES, TICKET_STATUSES } from '@/lib/support/admin-schemas';

export interface TicketControls {
  number: string;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  tags: string[];
}

/** Status, priority, assignee and tags in one form; every change lands in the ticket's history. */
export function TicketUpdateForm({ ticket, staff }: { ticket: TicketControls; staff: { id: string; label: string }[] }) {
  const [result, action] = useActionState(updateTicketAction, { ok: true } as ActionResult);
  const typed = result.ok ? undefined : result.values;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="number" value={ticket.number} />
      <SelectField
        id="ticket-status"
        label="Status"
        name="status"
        defaultValue={typed?.status ?? ticket.status}
        errors={result.fieldErrors?.status}
      >
        {TICKET_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STAFF_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="ticket-priority"
        label="Priority"
        name="priority"
        defaultValue={typed?.priority ?? ticket.priority}
        errors={result.fieldErrors?.priority}
      >
        {TICKET_PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {PRIORITY_LABELS[p]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="ticket-assignee"
        label="Assignee"
        name="assigneeId"
        defaultValue={typed?.assigneeId ?? ticket.assigneeId ?? ''}
        errors={result.fieldErrors?.assigneeId}
      >
        <option value="">Nobody</option>
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <TextField
        id="ticket-tags"
        label="Tags"
        hint="Separated by commas, e.g. refund, damaged"
        name="tags"
        defaultValue={typed?.tags ?? ticket.tags.join(', ')}
        errors={result.fieldErrors?.tags}
      />
      <FormMessage result={result} />
      <SubmitButton className="self-start" pendingLabel="Saving…">
        Save changes
      </SubmitButton>
    </form>
  );
}
