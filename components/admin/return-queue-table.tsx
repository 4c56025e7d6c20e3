import Link from 'next/link';
import type { ReturnRowDto } from '@/lib/returns/admin-queries';
import { REASON_LABELS } from '@/lib/returns/labels';
import { formatDate } from '@/lib/dates';
import { ReturnStatusBadge } from './return-status-badge';

const days = (n: number) => (n === 0 ? 'Today' : n === 1 ? '1 day' : `${n} days`);

/** The queue: scrolls sideways inside its box on a phone rather than squeezing the columns. */
export function ReturnQueueTable({ returns }: { returns: ReturnRowDto[] }) {
  return (
    <section aria-labelledby="returns-table" className="overflow-x-auto rounded-2xl border border-line bg-white">
      <h2 id="returns-table" className="sr-only">Returns</h2>
      <table className="w-full text-left">
        <thead className="border-b border-line text-sm text-ink-soft">
          <tr>
            <th scope="col" className="p-4">Return</th>
            <th scope="col" className="p-4">Order</th>
            <th scope="col" className="p-4">E-mail</th>
            <th scope="col" className="p-4">Reason</th>
            <th scope="col" className="p-4 text-right">Units</th>
            <th scope="col" className="p-4">Age</th>
            <th scope="col" className="p-4">Status</th>
          </tr>
        </thead>
        <tbody>
          {returns.map((ret) => (
            <tr key={ret.number} className="border-b border-line last:border-0">
              <th scope="row" className="p-4 font-semibold whitespace-nowrap">
                <Link href={`/admin/returns/${ret.number}`}>{ret.number}</Link>
              </th>
              <td className="p-4 whitespace-nowrap">
                <Link href={`/admin/orders/${ret.orderNumber}`}>{ret.orderNumber}</Link>
              </td>
              <td className="p-4 text-sm break-all">{ret.email}</td>
              <td className="p-4 text-sm">{REASON_LABELS[ret.reason]}</td>
              <td className="p-4 text-right">{ret.units}</td>
              <td className="p-4 text-sm whitespace-nowrap">
                <time dateTime={ret.createdAt.toISOString()} title={`Requested ${formatDate(ret.createdAt)}`}>{days(ret.ageDays)}</time>
              </td>
              <td className="p-4"><ReturnStatusBadge status={ret.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
