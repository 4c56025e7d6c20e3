import Link from 'next/link';
import { DataTable, type Column } from '@/components/staff/data-table';
import { formatDate } from '@/lib/dates';
import type { ReturnRowDto } from '@/lib/returns/admin-queries';
import { REASON_LABELS } from '@/lib/returns/labels';
import { ReturnStatusBadge } from './return-status-badge';

const days = (n: number) => (n === 0 ? 'Today' : n === 1 ? '1 day' : `${n} days`);

const columns: Column<ReturnRowDto>[] = [
  { header: 'Return', cell: (ret) => <Link href={`/admin/returns/${ret.number}`}>{ret.number}</Link>, className: 'whitespace-nowrap' },
  {
    header: 'Order',
    cell: (ret) => <Link href={`/admin/orders/${ret.orderNumber}`}>{ret.orderNumber}</Link>,
    className: 'whitespace-nowrap',
  },
  { header: 'E-mail', cell: (ret) => ret.email, className: 'text-sm break-all' },
  { header: 'Reason', cell: (ret) => REASON_LABELS[ret.reason], className: 'text-sm' },
  { header: 'Units', cell: (ret) => ret.units, align: 'end' },
  {
    header: 'Age',
    cell: (ret) => (
      <time dateTime={ret.createdAt.toISOString()} title={`Requested ${formatDate(ret.createdAt)}`}>
        {days(ret.ageDays)}
      </time>
    ),
    className: 'text-sm whitespace-nowrap',
  },
  { header: 'Status', cell: (ret) => <ReturnStatusBadge status={ret.status} /> },
];

/** The queue: scrolls sideways inside its box on a phone rather than squeezing the columns. */
export function ReturnQueueTable({ returns }: { returns: ReturnRowDto[] }) {
  return <DataTable caption="Returns" section={{ id: 'returns-table' }} columns={columns} rows={returns} rowKey={(ret) => ret.number} />;
}
