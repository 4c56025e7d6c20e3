import Link from 'next/link';
import { DataTable, type Column } from '@/components/staff/data-table';
import { formatDateTime } from '@/lib/dates';
import type { TicketRowDto } from '@/lib/support/inbox-queries';
import { TOPIC_LABELS } from '@/lib/support/format';
import { formatAge } from '@/lib/support/format';
import { BreachingBadge, SenderUnverifiedBadge, TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';

function columns(targetHours: number): Column<TicketRowDto>[] {
  return [
    {
      header: 'Ticket',
      cell: (t) => (
        <>
          <Link href={`/admin/support/${t.number}`}>{t.number}</Link>
          {t.breaching && (
            <span className="mt-1 block">
              <BreachingBadge hours={targetHours} />
            </span>
          )}
        </>
      ),
      className: 'whitespace-nowrap',
    },
    { header: 'Subject', cell: (t) => t.subject, className: 'max-w-xs break-words' },
    {
      header: 'Customer',
      cell: (t) => (
        <>
          {t.email}
          {!t.senderVerified && (
            <span className="mt-1 block">
              <SenderUnverifiedBadge />
            </span>
          )}
        </>
      ),
      className: 'text-sm break-all',
    },
    { header: 'Topic', cell: (t) => TOPIC_LABELS[t.topic], className: 'text-sm' },
    { header: 'Priority', cell: (t) => <TicketPriorityBadge priority={t.priority} /> },
    { header: 'Status', cell: (t) => <TicketStatusBadge status={t.status} /> },
    { header: 'Assignee', cell: (t) => t.assignee ?? <span className="text-ink-soft">Nobody</span>, className: 'text-sm' },
    {
      header: 'Age',
      cell: (t) => (
        <time dateTime={t.createdAt.toISOString()} title={`Opened ${formatDateTime(t.createdAt)}`}>
          {formatAge(t.ageHours)}
        </time>
      ),
      className: 'text-sm whitespace-nowrap',
    },
  ];
}

/** Tickets past the first-response target stand out. */
const shaded = (t: TicketRowDto) => (t.breaching ? 'bg-accent-light/40' : undefined);
const byNumber = (t: TicketRowDto) => t.number;

/** The inbox: scrolls sideways inside its box on a phone rather than squeezing the columns. */
export function TicketTable({ tickets, targetHours }: { tickets: TicketRowDto[]; targetHours: number }) {
  return (
    <DataTable
      caption="Tickets"
      section={{ id: 'tickets-table' }}
      columns={columns(targetHours)}
      rows={tickets}
      rowKey={byNumber}
      rowClassName={shaded}
    />
  );
}
