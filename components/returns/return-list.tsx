import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import type { ReturnSummaryDto } from '@/lib/returns/queries';
import { CustomerReturnStatusBadge } from './return-status';

/** A customer's returns, each linking to its status page. */
export function ReturnList({
  returns,
  hrefOf = (r) => `/account/returns/${r.number}`,
}: {
  returns: ReturnSummaryDto[];
  hrefOf?: (r: ReturnSummaryDto) => string;
}) {
  return (
    <ul className="flex flex-col divide-y divide-line">
      {returns.map((ret) => (
        <li key={ret.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
          <Link href={hrefOf(ret)} className="font-semibold">
            {ret.number}
          </Link>
          <span className="text-ink-soft">
            {formatDate(ret.createdAt)} · order {ret.orderNumber} · {ret.unitCount} {ret.unitCount === 1 ? 'item' : 'items'}
          </span>
          <CustomerReturnStatusBadge status={ret.status} />
        </li>
      ))}
    </ul>
  );
}
