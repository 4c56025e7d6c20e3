'use server';

import { revalidatePath } from 'next/cache';
import { refusal } from '@/lib/action-result';
import { staffAction } from '@/lib/actions/staff-action';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { findTicketByNumber, isStaffMember, staffAuthor, type TicketRefDto } from './admin-queries';
import { deleteSavedReplySchema, replyToTicketSchema, savedReplySchema, STAFF_STATUS_LABELS, updateTicketSchema } from './admin-schemas';
import { formatTicketNumber } from './format';
import { deleteSavedReply, saveSavedReply, unfilledPlaceholders } from './saved-replies';
import { addStaffMessage, updateTicket } from './ticket-updates';

/** Staff work on tickets and saved replies. Support agents and admins may do all of it. */

async function getTicketByNumberOrThrow(number: number): Promise<TicketRefDto> {
  const found = await findTicketByNumber(number);
  if (!found) throw new AppError('NOT_FOUND', `There is no ticket ${formatTicketNumber(number)}.`);
  return found;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The ticket's page and the inbox, whose counts and rows it changes. */
function revalidateTicket(ticket: TicketRefDto): void {
  revalidatePath(`/admin/support/${ticket.number}`);
  revalidatePath('/admin/support');
}

export const replyAsStaffAction = staffAction(
  'staff',
  { schema: replyToTicketSchema, fields: ['number', 'body', 'visibility'] },
  async (reply, { actor, values }) => {
    const internal = reply.visibility === 'internal';
    const unfilled = unfilledPlaceholders(reply.body);
    if (!internal && unfilled.length > 0) {
      const message = `Replace ${unfilled.join(', ')} with the real value before sending.`;
      return refusal({ message, fieldErrors: { body: [message] }, values });
    }
    const ticket = await getTicketByNumberOrThrow(reply.number);
    const { APP_URL, SUPPORT_ADDRESS } = env();
    await addStaffMessage(
      ticket.id,
      await staffAuthor(actor),
      { body: reply.body, internal },
      { appUrl: APP_URL, supportAddress: SUPPORT_ADDRESS },
    );
    revalidateTicket(ticket);
    return {
      ok: true,
      message: internal
        ? 'Internal note added. The customer does not see it.'
        : `Reply sent: the customer is e-mailed and ${ticket.number} now waits on them.`,
    };
  },
);

const TICKET_FIELDS = ['number', 'status', 'priority', 'assigneeId', 'tags'];

export const updateTicketAction = staffAction(
  'staff',
  { schema: updateTicketSchema, fields: TICKET_FIELDS },
  async (wanted, { actor, values }) => {
    const ticket = await getTicketByNumberOrThrow(wanted.number);
    // A former staff member may stay assigned, but nobody new outside the staff can be.
    if (wanted.assigneeId && wanted.assigneeId !== ticket.assigneeId && !(await isStaffMember(wanted.assigneeId))) {
      return refusal({ fieldErrors: { assigneeId: ['Choose a staff member from the list.'] }, values });
    }
    // Only what differs is sent: an unchanged status must not restart the solved clock, tags in another order are unchanged.
    const change = {
      status: wanted.status !== ticket.status ? wanted.status : undefined,
      priority: wanted.priority !== ticket.priority ? wanted.priority : undefined,
      assigneeId: wanted.assigneeId !== ticket.assigneeId ? wanted.assigneeId : undefined,
      tags: sameSet(wanted.tags, ticket.tags) ? undefined : wanted.tags,
    };
    const changed = [
      change.status && `status is ${STAFF_STATUS_LABELS[change.status]}`,
      change.priority && `priority is ${change.priority.toLowerCase()}`,
      change.assigneeId !== undefined && (change.assigneeId ? 'assignee changed' : 'unassigned'),
      change.tags && 'tags updated',
    ].filter((part): part is string => Boolean(part));
    if (changed.length === 0) return { ok: true, message: 'Nothing changed.' };
    await updateTicket(ticket.id, change, actor.email, { appUrl: env().APP_URL });
    revalidateTicket(ticket);
    return { ok: true, message: `${ticket.number} updated: ${changed.join(', ')}.` };
  },
);

/** The saved replies page and every ticket page's reply picker. */
function revalidateSavedReplies(): void {
  revalidatePath('/admin/support', 'layout');
}

export const saveSavedReplyAction = staffAction(
  'staff',
  { schema: savedReplySchema, fields: ['id', 'title', 'body'] },
  async (reply, { values }) => {
    const saved = await saveSavedReply(reply);
    if (!saved.ok) return refusal({ code: 'CONFLICT', message: saved.message, fieldErrors: { [saved.field]: [saved.message] }, values });
    revalidateSavedReplies();
    return { ok: true, message: reply.id ? `“${reply.title}” is saved.` : `“${reply.title}” is added to the saved replies.` };
  },
);

export const deleteSavedReplyAction = staffAction('staff', { schema: deleteSavedReplySchema, fields: ['id'] }, async ({ id }) => {
  await deleteSavedReply(id);
  revalidateSavedReplies();
  return { ok: true, message: 'The saved reply is deleted.' };
});
