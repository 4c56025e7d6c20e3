import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { enqueueEmail } from '@/lib/email/outbox';
import { ticketFollowUpEmail } from '@/lib/email/ticket-emails';
import { rootMessageId } from './email-thread';
import { formatTicketNumber } from './format';
import { ticketLinkFor } from './links';
import { newReplyTag, replyAddress } from './reply-address';
import type { StoredAttachment, SupportDeps } from './service';

/**
 * A reply to a closed ticket is accepted, not bounced: it starts a follow-up ticket linked to the closed one, with
 * the same customer, topic and order, and the customer is told where their message went. Keyed by the message's
 * Message-ID, so a provider retrying the same delivery makes one follow-up, not two.
 */
export async function startFollowUp(
  closedId: string,
  message: { body: string; emailMessageId: string | null; attachments: StoredAttachment[] },
  deps: SupportDeps,
  client: DbOrTx = db,
): Promise<{ id: string; number: string; previous: string }> {
  const now = deps.now ?? new Date();
  return inTransaction(client, async (tx) => {
    const closed = await tx.ticket.findUniqueOrThrow({
      where: { id: closedId },
      select: { id: true, number: true, subject: true, topic: true, name: true, email: true, userId: true, orderId: true },
    });
    const previous = formatTicketNumber(closed.number);
    const replyTag = newReplyTag();
    const ticket = await tx.ticket.create({
      data: {
        replyTag,
        subject: `Follow-up: ${closed.subject}`.slice(0, 80),
        topic: closed.topic,
        name: closed.name,
        email: closed.email,
        userId: closed.userId,
        orderId: closed.orderId,
        followUpOfId: closed.id,
        createdAt: now,
        messages: {
          create: {
            author: 'CUSTOMER',
            authorName: closed.name,
            body: message.body,
            via: 'email',
            emailMessageId: message.emailMessageId,
            createdAt: now,
            attachments: { create: message.attachments },
          },
        },
        events: {
          create: { type: 'created', message: `Opened by an e-mail reply to closed ${previous}.`, actor: closed.email, createdAt: now },
        },
      },
      select: { id: true, number: true },
    });
    const number = formatTicketNumber(ticket.number);
    await tx.ticketEvent.create({
      data: {
        ticketId: closed.id,
        type: 'follow_up',
        message: `Customer replied after closing: follow-up ${number}.`,
        actor: closed.email,
        createdAt: now,
      },
    });
    const inbound = message.emailMessageId ? [message.emailMessageId] : [];
    await enqueueEmail(tx, {
      to: closed.email,
      replyTo: replyAddress(deps.supportAddress, replyTag),
      template: 'ticket-follow-up',
      dedupeKey: `ticket-follow-up:${ticket.id}`,
      thread: { messageId: rootMessageId(ticket.id, deps.supportAddress), inReplyTo: inbound[0] ?? null, references: inbound },
      email: ticketFollowUpEmail({ number, previous, name: closed.name, url: ticketLinkFor(deps.appUrl, ticket.id, closed.email, now) }),
    });
    return { id: ticket.id, number, previous };
  });
}
