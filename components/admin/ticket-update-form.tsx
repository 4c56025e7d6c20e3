'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import type { TicketPriority, TicketStatus } from '@/lib/db/generated/enums';
import { updateTicketAction } from '@/lib/support/admin-actions';
import { PRIORITY_LABELS, STAFF_STATUS_LABELS, TICKET_PRIORITIES, TICKET_STATUSES } from '@/lib/support/admin-schemas';

const selectClass = 'min-h-11 w-full rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base aria-invalid:border-accent';

export interface TicketControls {
  number: string;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  tags: string[];
}

/** Status, priority, assignee and tags in one form; every change lands in the ticket's history. */
export function TicketUpdateForm({ ticket, staff }: { ticket: TicketControls; staff: { id: string; label: string }[] }) {
  const [result, action, pending] = useActionState(updateTicketAction, { ok: true } as ActionResult);
  const typed = result.ok ? undefined : result.values;
  const assigneeError = result.fieldErrors?.assigneeId;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="number" value={ticket.number} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="ticket-status" className="font-semibold">Status</label>
        <select id="ticket-status" name="status" defaultValue={typed?.status ?? ticket.status} className={selectClass}>
          {TICKET_STATUSES.map((s) => <option key={s} value={s}>{STAFF_STATUS_LABELS[s]}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="ticket-priority" className="font-semibold">Priority</label>
        <select id="ticket-priority" name="priority" defaultValue={typed?.priority ?? ticket.priority} className={selectClass}>
          {TICKET_PRIORITIES.map((p) => <option key={p} value={p}>{PRIORITY_LABELS[p]}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="ticket-assignee" className="font-semibold">Assignee</label>
        <select
          id="ticket-assignee"
          name="assigneeId"
          defaultValue={typed?.assigneeId ?? ticket.assigneeId ?? ''}
          aria-invalid={assigneeError ? true : undefined}
          aria-describedby={assigneeError ? 'ticket-assignee-error' : undefined}
          className={selectClass}
        >
          <option value="">Nobody</option>
          {staff.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </select>
        {assigneeError && <p id="ticket-assignee-error" className="text-sm font-medium text-accent">{assigneeError.join(' ')}</p>}
      </div>
      <TextField
        id="ticket-tags"
        label="Tags"
        hint="Separated by commas, e.g. refund, damaged"
        name="tags"
        defaultValue={typed?.tags ?? ticket.tags.join(', ')}
        errors={result.fieldErrors?.tags}
      />
      <FormMessage result={result} />
      <Button type="submit" disabled={pending} className="self-start">{pending ? 'Saving…' : 'Save changes'}</Button>
    </form>
  );
}
