import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import { TOPIC_LABELS } from '@/lib/support/format';
import type { TicketSummaryDto } from '@/lib/support/queries';
import { CustomerTicketStatusBadge } from './ticket-status';

/** A customer's conversations with support, each opening its page. */
export function TicketList({ tickets }: { tickets: TicketSummaryDto[] }) {
  return (
    <ul className="flex flex-col divide-y divide-line">
      {tickets.map((ticket) => (
        <li key={ticket.id} className="flex flex-col gap-1 py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={ticket.path} className="font-semibold">
              {ticket.number}
              <span className="sr-only">: {ticket.subject}</span>
            </Link>
            <CustomerTicketStatusBadge status={ticket.status} />
          </div>
          <p className="break-words">{ticket.subject}</p>
          <p className="text-sm text-ink-soft">
            {formatDate(ticket.createdAt)} · {TOPIC_LABELS[ticket.topic]}
          </p>
        </li>
      ))}
    </ul>
  );
}
