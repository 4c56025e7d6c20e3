import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { ReturnStatus } from '@/lib/db/generated/enums';
import { RETURN_STATUSES, type ReturnQueueFilter } from '@/lib/returns/admin-schemas';
import { REASON_LABELS } from '@/lib/returns/labels';
import { RETURN_REASONS } from '@/lib/returns/schemas';
import { returnStatusLabel } from './return-status-badge';

const inputClass = 'min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base';

/** The queue URL for a filter, so paging and the status counts keep what staff chose. */
export function returnsHref(filter: Partial<ReturnQueueFilter>, page = 1): string {
  const params = new URLSearchParams();
  if (filter.status && filter.status !== 'open') params.set('status', filter.status);
  if (filter.reason) params.set('reason', filter.reason);
  if (filter.olderThan) params.set('olderThan', String(filter.olderThan));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/returns?${query}` : '/admin/returns';
}

/** A GET form: filtering works before (and without) JavaScript, and every view has a URL. */
export function ReturnQueueFilters({ filter }: { filter: ReturnQueueFilter }) {
  const filtered = filter.status !== 'open' || Boolean(filter.reason || filter.olderThan);
  return (
    <form method="get" action="/admin/returns" role="search" aria-label="Filter returns" className="mb-6 grid gap-4 rounded-2xl border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto] lg:items-end">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="returns-status" className="font-semibold">Status</label>
        <select id="returns-status" name="status" defaultValue={filter.status} className={inputClass}>
          <option value="open">Open (to review, awaiting item, to refund)</option>
          <option value="all">Any status</option>
          {RETURN_STATUSES.map((status) => <option key={status} value={status}>{returnStatusLabel(status)}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="returns-reason" className="font-semibold">Reason</label>
        <select id="returns-reason" name="reason" defaultValue={filter.reason ?? ''} className={inputClass}>
          <option value="">Any reason</option>
          {RETURN_REASONS.map((reason) => <option key={reason} value={reason}>{REASON_LABELS[reason]}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="returns-older" className="font-semibold">Older than (days)</label>
        <input id="returns-older" name="olderThan" type="number" inputMode="numeric" min={1} max={3650} step={1} defaultValue={filter.olderThan ?? ''} className={`${inputClass} w-full lg:w-32`} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">Filter</Button>
        {filtered && <Link href="/admin/returns">Clear</Link>}
      </div>
    </form>
  );
}

/** How many returns are in each status (under the reason and age filters), each a link to that view. */
export function ReturnStatusCounts({ filter, counts }: { filter: ReturnQueueFilter; counts: Record<ReturnStatus, number> }) {
  return (
    <nav aria-label="Returns by status" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {RETURN_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={returnsHref({ ...filter, status })}
              aria-current={filter.status === status ? 'page' : undefined}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-white px-4 text-sm text-ink no-underline hover:border-teal aria-[current=page]:border-teal aria-[current=page]:bg-teal-light"
            >
              {returnStatusLabel(status)} <span className="font-bold">{counts[status]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
