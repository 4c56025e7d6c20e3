'use server';

import { revalidatePath } from 'next/cache';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { assertStaff } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { findTicketByNumber, isStaffMember, staffAuthor, type TicketRefDto } from './admin-queries';
import { deleteSavedReplySchema, replyToTicketSchema, savedReplySchema, STAFF_STATUS_LABELS, updateTicketSchema } from './admin-schemas';
import { formatTicketNumber } from './format';
import { deleteSavedReply, saveSavedReply, unfilledPlaceholders } from './saved-replies';
import { addStaffMessage, updateTicket } from './service';

/** Staff work on tickets and saved replies. Support agents and admins may do all of it. */

async function ticketOrThrow(number: number): Promise<TicketRefDto> {
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

export async function replyToTicketAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number', 'body', 'visibility']);
  let ticket: TicketRefDto;
  let internal: boolean;
  try {
    const viewer = await assertStaff();
    const parsed = replyToTicketSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    internal = parsed.data.visibility === 'internal';
    const unfilled = unfilledPlaceholders(parsed.data.body);
    if (!internal && unfilled.length > 0) {
      const message = `Replace ${unfilled.join(', ')} with the real value before sending.`;
      return { ok: false, code: 'UNPROCESSABLE', message, fieldErrors: { body: [message] }, values };
    }
    ticket = await ticketOrThrow(parsed.data.number);
    const { APP_URL, SUPPORT_ADDRESS } = env();
    await addStaffMessage(ticket.id, await staffAuthor(viewer), { body: parsed.data.body, internal }, { appUrl: APP_URL, supportAddress: SUPPORT_ADDRESS });
  } catch (error) {
    return failure(error, values);
  }
  revalidateTicket(ticket);
  return { ok: true, message: internal ? 'Internal note added. The customer does not see it.' : `Reply sent: the customer is e-mailed and ${ticket.number} now waits on them.` };
}

export async function updateTicketAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number', 'status', 'priority', 'assigneeId', 'tags']);
  let ticket: TicketRefDto;
  let changed: string[];
  try {
    const viewer = await assertStaff();
    const parsed = updateTicketSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const wanted = parsed.data;
    ticket = await ticketOrThrow(wanted.number);
    // A former staff member may stay assigned, but nobody new outside the staff can be.
    if (wanted.assigneeId && wanted.assigneeId !== ticket.assigneeId && !(await isStaffMember(wanted.assigneeId))) {
      return { ok: false, code: 'UNPROCESSABLE', message: 'Please correct the highlighted fields.', fieldErrors: { assigneeId: ['Choose a staff member from the list.'] }, values };
    }
    // Only what differs is sent: an unchanged status must not restart the solved clock, tags in another order are unchanged.
    const change = {
      status: wanted.status !== ticket.status ? wanted.status : undefined,
      priority: wanted.priority !== ticket.priority ? wanted.priority : undefined,
      assigneeId: wanted.assigneeId !== ticket.assigneeId ? wanted.assigneeId : undefined,
      tags: sameSet(wanted.tags, ticket.tags) ? undefined : wanted.tags,
    };
    changed = [
      change.status && `status is ${STAFF_STATUS_LABELS[change.status]}`,
      change.priority && `priority is ${change.priority.toLowerCase()}`,
      change.assigneeId !== undefined && (change.assigneeId ? 'assignee changed' : 'unassigned'),
      change.tags && 'tags updated',
    ].filter((part): part is string => Boolean(part));
    if (changed.length === 0) return { ok: true, message: 'Nothing changed.' };
    await updateTicket(ticket.id, change, viewer.email, { appUrl: env().APP_URL });
  } catch (error) {
    return failure(error, values);
  }
  revalidateTicket(ticket);
  return { ok: true, message: `${ticket.number} updated: ${changed.join(', ')}.` };
}

/** The saved replies page and every ticket page's reply picker. */
function revalidateSavedReplies(): void {
  revalidatePath('/admin/support', 'layout');
}

export async function saveSavedReplyAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['id', 'title', 'body']);
  let input: { id: string | null; title: string };
  try {
    await assertStaff();
    const parsed = savedReplySchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    input = parsed.data;
    const saved = await saveSavedReply(parsed.data);
    if (!saved.ok) return { ok: false, code: 'CONFLICT', message: saved.message, fieldErrors: { [saved.field]: [saved.message] }, values };
  } catch (error) {
    return failure(error, values);
  }
  revalidateSavedReplies();
  return { ok: true, message: input.id ? `“${input.title}” is saved.` : `“${input.title}” is added to the saved replies.` };
}

export async function deleteSavedReplyAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['id']);
  try {
    await assertStaff();
    const parsed = deleteSavedReplySchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await deleteSavedReply(parsed.data.id);
  } catch (error) {
    return failure(error, values);
  }
  revalidateSavedReplies();
  return { ok: true, message: 'The saved reply is deleted.' };
}
