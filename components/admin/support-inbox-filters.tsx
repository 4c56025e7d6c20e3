import { CountLinks } from '@/components/staff/count-links';
import { FilterActions, FilterField, FilterForm, filterInputClass, FilterSelect, type FilterOption } from '@/components/staff/filter-form';
import { listHref } from '@/components/staff/list-paging';
import {
  INBOX_VIEWS,
  PRIORITY_LABELS,
  STAFF_STATUS_LABELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TOPICS,
  VIEW_LABELS,
  type InboxFilter,
  type InboxView,
} from '@/lib/support/admin-schemas';
import { TOPIC_LABELS } from '@/lib/support/format';

const inputClass = `${filterInputClass} w-full`;

/** Each list of choices starts with "any", the empty value. */
function choices<T extends string>(any: string, values: readonly T[], labels: Record<T, string>): FilterOption[] {
  return [['', any], ...values.map((v) => [v, labels[v]] as const)];
}
const statusOptions = choices('Any status', TICKET_STATUSES, STAFF_STATUS_LABELS);
const priorityOptions = choices('Any priority', TICKET_PRIORITIES, PRIORITY_LABELS);
const topicOptions = choices('Any topic', TICKET_TOPICS, TOPIC_LABELS);

/** The inbox URL for a filter, so paging and the view links keep what staff chose. */
export function supportHref(filter: Partial<InboxFilter>, page = 1): string {
  const { status, priority, topic, olderThan, q } = filter;
  return listHref(
    '/admin/support',
    { view: filter.view === 'open' ? undefined : filter.view, status, priority, topic, olderThan, q },
    page,
  );
}

export function isFiltered(filter: InboxFilter): boolean {
  return Boolean(filter.status || filter.priority || filter.topic || filter.olderThan || filter.q);
}

/** Search works without JavaScript too; the view stays as chosen. */
export function SupportInboxFilters({ filter }: { filter: InboxFilter }) {
  return (
    <FilterForm action="/admin/support" label="Search and filter tickets" className="sm:grid-cols-2 lg:grid-cols-4">
      {filter.view !== 'open' && <input type="hidden" name="view" value={filter.view} />}
      <FilterField id="support-q" label="Search" className="sm:col-span-2 lg:col-span-4">
        <input
          id="support-q"
          name="q"
          type="search"
          maxLength={100}
          defaultValue={filter.q ?? ''}
          placeholder="Words in the subject or any message, an e-mail, or SUP-3107"
          className={inputClass}
        />
      </FilterField>
      <FilterSelect
        id="support-status"
        name="status"
        label="Status"
        defaultValue={filter.status ?? ''}
        options={statusOptions}
        className={inputClass}
      />
      <FilterSelect
        id="support-priority"
        name="priority"
        label="Priority"
        defaultValue={filter.priority ?? ''}
        options={priorityOptions}
        className={inputClass}
      />
      <FilterSelect
        id="support-topic"
        name="topic"
        label="Topic"
        defaultValue={filter.topic ?? ''}
        options={topicOptions}
        className={inputClass}
      />
      <FilterField id="support-older" label="Older than (hours)">
        <input
          id="support-older"
          name="olderThan"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          defaultValue={filter.olderThan ?? ''}
          className={inputClass}
        />
      </FilterField>
      <FilterActions
        submit="Search"
        clear={isFiltered(filter) ? { href: supportHref({ view: filter.view }), label: 'Clear filters' } : null}
        className="sm:col-span-2 lg:col-span-4"
      />
    </FilterForm>
  );
}

/** The views, each a link with how many tickets it holds under the current filters. */
export function SupportViewLinks({ filter, counts }: { filter: InboxFilter; counts: Record<InboxView, number> }) {
  const links = INBOX_VIEWS.map((view) => ({
    key: view,
    href: supportHref({ ...filter, view }),
    label: VIEW_LABELS[view],
    count: counts[view],
    current: filter.view === view,
  }));
  return <CountLinks label="Ticket views" links={links} />;
}
