import Link from 'next/link';
import { formatDateTime } from '@/lib/dates';
import type { TicketRowDto } from '@/lib/support/inbox-queries';
import { TOPIC_LABELS } from '@/lib/support/format';
import { formatAge } from '@/lib/support/metrics';
import { BreachingBadge, TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';

/** The inbox: scrolls sideways inside its box on a phone rather than squeezing the columns. */
export function TicketTable({ tickets, targetHours }: { tickets: TicketRowDto[]; targetHours: number }) {
  return (
    <section aria-labelledby="tickets-table" className="overflow-x-auto rounded-2xl border border-line bg-white">
      <h2 id="tickets-table" className="sr-only">Tickets</h2>
      <table className="w-full text-left">
        <thead className="border-b border-line text-sm text-ink-soft">
          <tr>
            <th scope="col" className="p-4">Ticket</th>
            <th scope="col" className="p-4">Subject</th>
            <th scope="col" className="p-4">Customer</th>
            <th scope="col" className="p-4">Topic</th>
            <th scope="col" className="p-4">Priority</th>
            <th scope="col" className="p-4">Status</th>
            <th scope="col" className="p-4">Assignee</th>
            <th scope="col" className="p-4">Age</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((t) => (
            <tr key={t.number} className={`border-b border-line last:border-0 ${t.breaching ? 'bg-accent-light/40' : ''}`}>
              <th scope="row" className="p-4 font-semibold whitespace-nowrap">
                <Link href={`/admin/support/${t.number}`}>{t.number}</Link>
                {t.breaching && <span className="mt-1 block"><BreachingBadge hours={targetHours} /></span>}
              </th>
              <td className="max-w-xs p-4 break-words">{t.subject}</td>
              <td className="p-4 text-sm break-all">{t.email}</td>
              <td className="p-4 text-sm">{TOPIC_LABELS[t.topic]}</td>
              <td className="p-4"><TicketPriorityBadge priority={t.priority} /></td>
              <td className="p-4"><TicketStatusBadge status={t.status} /></td>
              <td className="p-4 text-sm">{t.assignee ?? <span className="text-ink-soft">Nobody</span>}</td>
              <td className="p-4 text-sm whitespace-nowrap">
                <time dateTime={t.createdAt.toISOString()} title={`Opened ${formatDateTime(t.createdAt)}`}>{formatAge(t.ageHours)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
