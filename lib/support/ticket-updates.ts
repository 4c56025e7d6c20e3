import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import type { TicketPriority, TicketStatus } from '@/lib/db/generated/enums';
import { enqueueEmail } from '@/lib/email/outbox';
import { ticketReplyEmail } from '@/lib/email/ticket-emails';
import { replyMessageId, replyTagOf, ticketThread } from './email-thread';
import { formatTicketNumber } from './format';
import { ticketLinkFor } from './links';
import { replyAddress } from './reply-address';
import { lockTicket, type SupportDeps } from './service';

/**
 * Changes to an open ticket: staff replies (e-mailed) and internal notes, and
 * its status, priority, owner or tags (by staff, or the customer marking it solved).
 */
/** A staff reply (e-mailed) or internal note (never shown to the customer). */
export async function addStaffMessage(
  ticketId: string,
  staff: { id: string; email: string; name: string },
  input: { body: string; internal: boolean },
  deps: SupportDeps,
  client: DbOrTx = db,
): Promise<void> {
  const now = deps.now ?? new Date();
  await inTransaction(client, async (tx) => {
    const ticket = await lockTicket(ticketId, tx);
    const message = await tx.ticketMessage.create({
      data: {
        ticketId,
        author: 'STAFF',
        authorName: staff.name,
        staffId: staff.id,
        body: input.body,
        internal: input.internal,
        createdAt: now,
      },
      select: { id: true },
    });
    if (input.internal) {
      await tx.ticketEvent.create({
        data: { ticketId, type: 'note', message: 'Internal note added.', actor: staff.email, createdAt: now },
      });
      return;
    }
    await tx.ticket.update({
      where: { id: ticketId },
      data: {
        status: ticket.status === 'CLOSED' ? 'CLOSED' : 'PENDING_CUSTOMER',
        firstResponseAt: ticket.firstResponseAt ?? now,
        assigneeId: ticket.assigneeId ?? staff.id,
      },
    });
    await tx.ticketEvent.create({
      data: { ticketId, type: 'reply', message: 'Replied to the customer.', actor: staff.email, createdAt: now },
    });
    // The reply's own Message-ID is stored first, so the next e-mail on this ticket replies to it.
    const messageId = replyMessageId(message.id, deps.supportAddress);
    const thread = await ticketThread(ticketId, messageId, deps.supportAddress, tx);
    await tx.ticketMessage.update({ where: { id: message.id }, data: { emailMessageId: messageId } });
    await enqueueEmail(tx, {
      to: ticket.email,
      replyTo: replyAddress(deps.supportAddress, await replyTagOf(ticketId, tx)),
      thread,
      template: 'ticket-reply',
      dedupeKey: `ticket-reply:${message.id}`,
      email: ticketReplyEmail({
        number: formatTicketNumber(ticket.number),
        staffName: staff.name,
        body: input.body,
        url: ticketLinkFor(deps.appUrl, ticketId, ticket.email, now),
      }),
    });
  });
}

export async function updateTicket(
  ticketId: string,
  change: { status?: TicketStatus; priority?: TicketPriority; assigneeId?: string | null; tags?: string[] },
  actor: string,
  deps: Omit<SupportDeps, 'supportAddress'>,
  client: DbOrTx = db,
): Promise<void> {
  const now = deps.now ?? new Date();
  await inTransaction(client, async (tx) => {
    const ticket = await lockTicket(ticketId, tx);
    const parts: string[] = [];
    if (change.status && change.status !== ticket.status) parts.push(`status ${ticket.status} → ${change.status}`);
    if (change.priority && change.priority !== ticket.priority) parts.push(`priority ${ticket.priority} → ${change.priority}`);
    if (change.assigneeId !== undefined && change.assigneeId !== ticket.assigneeId)
      parts.push(change.assigneeId ? 'assigned' : 'unassigned');
    if (change.tags) parts.push(`tags: ${change.tags.join(', ') || 'none'}`);
    if (parts.length === 0) return;
    await tx.ticket.update({
      where: { id: ticketId },
      data: {
        ...change,
        solvedAt: change.status === 'SOLVED' ? now : change.status ? null : undefined,
        closedAt: change.status === 'CLOSED' ? now : undefined,
      },
    });
    await tx.ticketEvent.create({ data: { ticketId, type: 'updated', message: `Changed ${parts.join('; ')}.`, actor, createdAt: now } });
  });
}

export async function markSolvedByCustomer(
  ticketId: string,
  deps: Omit<SupportDeps, 'supportAddress'>,
  client: DbOrTx = db,
): Promise<void> {
  await updateTicket(ticketId, { status: 'SOLVED' }, 'customer', deps, client);
}
