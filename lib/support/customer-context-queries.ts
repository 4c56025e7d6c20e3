import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import type { OrderStatus, ReturnStatus, TicketStatus } from '@/lib/db/generated/enums';
import type { Money } from '@/lib/money';
import { formatOrderNumber } from '@/lib/orders/format';
import { formatReturnNumber } from '@/lib/returns/format';
import { formatTicketNumber } from './format';

/** Beside a ticket, staff see the sender's other orders, returns and tickets. */
export interface CustomerContextDto {
  orders: { number: string; status: OrderStatus; total: Money; createdAt: Date }[];
  returns: { number: string; orderNumber: string; status: ReturnStatus; createdAt: Date }[];
  tickets: { number: string; subject: string; status: TicketStatus; createdAt: Date }[];
}

/**
 * What else the customer behind a ticket's e-mail has with us, newest first, beside their ticket. Null while the
 * sender is not verified: anyone can type any e-mail into the contact form, and a stranger's message must not sit
 * beside that customer's orders and returns as though they had written it.
 */
export async function getCustomerContext(ticketId: string, client: DbOrTx = db): Promise<CustomerContextDto | null> {
  const ticket = await client.ticket.findUnique({ where: { id: ticketId }, select: { email: true, senderVerifiedAt: true } });
  if (!ticket?.senderVerifiedAt) return null;
  const { email } = ticket;
  const exceptTicketId = ticketId;
  const take = 10;
  const [orders, returns, tickets] = await Promise.all([
    client.order.findMany({
      where: { email },
      orderBy: { createdAt: 'desc' },
      take,
      select: { number: true, status: true, totalCents: true, currency: true, createdAt: true },
    }),
    client.returnRequest.findMany({
      where: { email },
      orderBy: { createdAt: 'desc' },
      take,
      select: { number: true, status: true, createdAt: true, order: { select: { number: true } } },
    }),
    client.ticket.findMany({
      where: { email, id: { not: exceptTicketId } },
      orderBy: { createdAt: 'desc' },
      take,
      select: { number: true, subject: true, status: true, createdAt: true },
    }),
  ]);
  return {
    orders: orders.map((o) => ({
      number: formatOrderNumber(o.number),
      status: o.status,
      total: { amount: o.totalCents, currency: o.currency },
      createdAt: o.createdAt,
    })),
    returns: returns.map((r) => ({
      number: formatReturnNumber(r.number),
      orderNumber: formatOrderNumber(r.order.number),
      status: r.status,
      createdAt: r.createdAt,
    })),
    tickets: tickets.map((t) => ({ number: formatTicketNumber(t.number), subject: t.subject, status: t.status, createdAt: t.createdAt })),
  };
}
