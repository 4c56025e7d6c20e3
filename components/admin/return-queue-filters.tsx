import { CountLinks } from '@/components/staff/count-links';
import {
  FilterActions,
  FilterField,
  FilterForm,
  filterInputClass as inputClass,
  FilterSelect,
  type FilterOption,
} from '@/components/staff/filter-form';
import { listHref } from '@/components/staff/list-paging';
import type { ReturnStatus } from '@/lib/db/generated/enums';
import { RETURN_STATUSES, type ReturnQueueFilter } from '@/lib/returns/admin-schemas';
import { REASON_LABELS } from '@/lib/returns/labels';
import { RETURN_REASONS } from '@/lib/returns/schemas';
import { returnStatusLabel } from './return-status-badge';

/** The queue URL for a filter, so paging and the status counts keep what staff chose. */
export function returnsHref(filter: Partial<ReturnQueueFilter>, page = 1): string {
  return listHref(
    '/admin/returns',
    { status: filter.status === 'open' ? undefined : filter.status, reason: filter.reason, olderThan: filter.olderThan },
    page,
  );
}

/** Anything narrower than the default view of open returns. */
export function isReturnQueueFiltered(filter: ReturnQueueFilter): boolean {
  return filter.status !== 'open' || Boolean(filter.reason || filter.olderThan);
}

const statusOptions: FilterOption[] = [
  ['open', 'Open (to review, awaiting item, to refund)'],
  ['all', 'Any status'],
  ...RETURN_STATUSES.map((status) => [status, returnStatusLabel(status)] as const),
];
const reasonOptions: FilterOption[] = [['', 'Any reason'], ...RETURN_REASONS.map((reason) => [reason, REASON_LABELS[reason]] as const)];

export function ReturnQueueFilters({ filter }: { filter: ReturnQueueFilter }) {
  return (
    <FilterForm action="/admin/returns" label="Filter returns" className="sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto] lg:items-end">
      <FilterSelect id="returns-status" name="status" label="Status" defaultValue={filter.status} options={statusOptions} />
      <FilterSelect id="returns-reason" name="reason" label="Reason" defaultValue={filter.reason ?? ''} options={reasonOptions} />
      <FilterField id="returns-older" label="Older than (days)">
        <input
          id="returns-older"
          name="olderThan"
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          step={1}
          defaultValue={filter.olderThan ?? ''}
          className={`${inputClass} w-full lg:w-32`}
        />
      </FilterField>
      <FilterActions submit="Filter" clear={isReturnQueueFiltered(filter) ? { href: '/admin/returns', label: 'Clear' } : null} />
    </FilterForm>
  );
}

/** How many returns are in each status (under the reason and age filters), each a link to that view. */
export function ReturnStatusCounts({ filter, counts }: { filter: ReturnQueueFilter; counts: Record<ReturnStatus, number> }) {
  const links = RETURN_STATUSES.map((status) => ({
    key: status,
    href: returnsHref({ ...filter, status }),
    label: returnStatusLabel(status),
    count: counts[status],
    current: filter.status === status,
  }));
  return <CountLinks label="Returns by status" links={links} />;
}
