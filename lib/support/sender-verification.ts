import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';

/**
 * Whether a ticket's sender has shown they hold the mailbox it names. Anyone can type any e-mail into the contact
 * form, so a ticket is "sender not verified" (and staff see none of that customer's orders or returns) until the
 * link we e-mailed is used: the ticket page it opens asks, and a POST from its button marks it here. A GET never
 * does, because mail scanners open every link in a message.
 */
export async function confirmTicketSender(
  ticketId: string,
  via: 'link' | 'email',
  deps: { now?: Date },
  client: DbOrTx = db,
): Promise<boolean> {
  const now = deps.now ?? new Date();
  return inTransaction(client, async (tx) => {
    // Conditional, so a second press (or a second tab) records nothing more.
    const { count } = await tx.ticket.updateMany({ where: { id: ticketId, senderVerifiedAt: null }, data: { senderVerifiedAt: now } });
    if (count === 0) return false;
    const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { email: true } });
    const how = via === 'link' ? 'the link we e-mailed' : 'a reply to our e-mail';
    await tx.ticketEvent.create({
      data: {
        ticketId,
        type: 'sender_verified',
        message: `Sender confirmed ${ticket.email} through ${how}.`,
        actor: ticket.email,
        createdAt: now,
      },
    });
    return true;
  });
}
