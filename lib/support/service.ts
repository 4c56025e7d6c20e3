import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import type { TicketPriority, TicketStatus, TicketTopic } from '@/lib/db/generated/enums';
import { enqueueEmail } from '@/lib/email/outbox';
import { ticketAcknowledgementEmail } from '@/lib/email/ticket-emails';
import { AppError } from '@/lib/errors';
import { parseOrderNumber } from '@/lib/orders/format';
import { rootMessageId } from './email-thread';
import { formatTicketNumber } from './format';
import { ticketLinkFor } from './links';
import { newReplyTag, replyAddress } from './reply-address';

/**
 * Tickets and their conversation. Customer messages (web or e-mail) reopen a
 * ticket; public staff replies are e-mailed; internal notes never leave the
 * staff area. Every change is in the ticket's history.
 */
export interface SupportDeps {
  appUrl: string;
  supportAddress: string;
  now?: Date;
}

export interface StoredAttachment {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
}

export async function createTicket(
  input: {
    name: string;
    email: string;
    topic: TicketTopic;
    orderNumber?: string | null;
    message: string;
    attachments?: StoredAttachment[];
  },
  requester: { userId: string | null; email?: string | null },
  deps: SupportDeps,
  client: DbOrTx = db,
): Promise<{ id: string; number: string; url: string; senderVerified: boolean }> {
  const now = deps.now ?? new Date();
  const email = input.email.toLowerCase();
  // Signed in under the e-mail it names: the sender is proven. Anyone else only claims it until the e-mailed link is used,
  // and the ticket stays out of their account (it belongs to that mailbox).
  const proven = requester.userId !== null && requester.email?.toLowerCase() === email;
  return inTransaction(client, async (tx) => {
    const number = input.orderNumber ? parseOrderNumber(input.orderNumber) : null;
    // Linked only when the number belongs to this e-mail: a stranger's number links nothing.
    const order = number ? await tx.order.findFirst({ where: { number, email }, select: { id: true } }) : null;
    const subject = input.message.split('\n')[0]!.slice(0, 80);
    const replyTag = newReplyTag();
    const ticket = await tx.ticket.create({
      data: {
        replyTag,
        subject,
        topic: input.topic,
        name: input.name,
        email,
        userId: proven ? requester.userId : null,
        orderId: order?.id ?? null,
        senderVerifiedAt: proven ? now : null,
        createdAt: now,
        messages: {
          create: {
            author: 'CUSTOMER',
            authorName: input.name,
            body: input.message,
            createdAt: now,
            attachments: { create: input.attachments ?? [] },
          },
        },
        events: {
          create: { type: 'created', message: order ? `Opened about order QLC-${number}.` : 'Opened.', actor: email, createdAt: now },
        },
      },
      select: { id: true, number: true },
    });
    const url = ticketLinkFor(deps.appUrl, ticket.id, email, now);
    await enqueueEmail(tx, {
      to: email,
      replyTo: replyAddress(deps.supportAddress, replyTag),
      template: 'ticket-acknowledgement',
      dedupeKey: `ticket-ack:${ticket.id}`,
      thread: { messageId: rootMessageId(ticket.id, deps.supportAddress) },
      email: ticketAcknowledgementEmail({ number: formatTicketNumber(ticket.number), name: input.name, url }),
    });
    return { id: ticket.id, number: formatTicketNumber(ticket.number), url, senderVerified: proven };
  });
}

/** A customer writes again (on the ticket page or by replying to an e-mail): the ticket is open again. */
export async function addCustomerMessage(
  ticketId: string,
  input: { body: string; via: 'web' | 'email'; attachments?: StoredAttachment[]; emailMessageId?: string | null },
  deps: SupportDeps,
  client: DbOrTx = db,
): Promise<void> {
  const now = deps.now ?? new Date();
  await inTransaction(client, async (tx) => {
    const ticket = await lockTicket(ticketId, tx);
    if (ticket.status === 'CLOSED') throw new AppError('CONFLICT', 'This conversation is closed. Start a new one from the support page.');
    await tx.ticketMessage.create({
      data: {
        ticketId,
        author: 'CUSTOMER',
        authorName: ticket.name,
        body: input.body,
        via: input.via,
        emailMessageId: input.emailMessageId ?? null,
        createdAt: now,
        attachments: { create: input.attachments ?? [] },
      },
    });
    const reopen = ticket.status !== 'NEW' && ticket.status !== 'OPEN';
    await tx.ticket.update({
      where: { id: ticketId },
      data: { status: ticket.status === 'NEW' ? 'NEW' : 'OPEN', solvedAt: reopen ? null : undefined },
    });
    await tx.ticketEvent.create({
      data: {
        ticketId,
        type: 'customer_message',
        message: `Customer wrote (${input.via})${reopen ? '; ticket reopened' : ''}.`,
        actor: ticket.email,
        createdAt: now,
      },
    });
  });
}

export async function rateTicket(
  ticketId: string,
  input: { rating: 'GOOD' | 'BAD'; comment: string | null },
  deps: { now?: Date },
  client: DbOrTx = db,
): Promise<void> {
  const { count } = await client.ticket.updateMany({
    where: { id: ticketId, status: { in: ['SOLVED', 'CLOSED'] } },
    data: { rating: input.rating, ratingComment: input.comment, ratedAt: deps.now ?? new Date() },
  });
  if (count === 0) throw new AppError('CONFLICT', 'You can rate the help once the conversation is solved.');
}

/** Solved tickets with no word from anyone for `days` close by themselves. */
export async function closeQuietTickets(days: number, deps: { now?: Date }, client: DbOrTx = db): Promise<number> {
  const now = deps.now ?? new Date();
  const { count } = await client.ticket.updateMany({
    where: { status: 'SOLVED', solvedAt: { lt: new Date(now.getTime() - days * 86_400_000) } },
    data: { status: 'CLOSED', closedAt: now },
  });
  return count;
}

/** Locks the ticket row for the rest of the transaction, so two writers take turns. */
export async function lockTicket(ticketId: string, tx: DbOrTx) {
  const [ticket] = await tx.$queryRaw<
    {
      id: string;
      number: number;
      status: TicketStatus;
      priority: TicketPriority;
      name: string;
      email: string;
      assigneeId: string | null;
      firstResponseAt: Date | null;
    }[]
  >`
    SELECT id, number, status, priority, name, email, "assigneeId", "firstResponseAt" FROM "Ticket" WHERE id = ${ticketId} FOR UPDATE`;
  if (!ticket) throw new AppError('NOT_FOUND', 'That conversation does not exist.');
  return ticket;
}

/** The sweep of support files no message kept (lib/jobs/tasks.ts schedules it). */
export { sweepAbandonedUploads } from './upload-sweep';
