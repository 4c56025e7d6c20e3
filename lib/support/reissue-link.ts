import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { freshLinkEmail } from '@/lib/email/link-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { formatTicketNumber } from './format';
import { TICKET_LINK_DAYS, ticketLinkFor } from './links';

export interface ReissueDeps {
  appUrl: string;
  now?: Date;
  /** Staff pressed the button (the e-mail says so), rather than someone holding a link. */
  byStaff?: boolean;
}

/** Revokes every link to the ticket issued until now and e-mails a fresh one to the ticket's address, in one transaction. */
export async function reissueTicketLink(ticketId: string, deps: ReissueDeps, client: DbOrTx = db): Promise<{ number: number }> {
  const now = deps.now ?? new Date();
  return inTransaction(client, async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { id: true, number: true, email: true } });
    if (!ticket) throw new AppError('NOT_FOUND', 'We could not find that conversation.');
    await tx.ticket.update({ where: { id: ticket.id }, data: { linksValidFrom: now } });
    await enqueueEmail(tx, {
      to: ticket.email,
      template: 'ticket-link-renewed',
      email: freshLinkEmail({
        what: `conversation ${formatTicketNumber(ticket.number)}`,
        url: ticketLinkFor(deps.appUrl, ticket.id, ticket.email, now),
        validDays: TICKET_LINK_DAYS,
        byStaff: deps.byStaff ?? false,
      }),
    });
    return { number: ticket.number };
  });
}
