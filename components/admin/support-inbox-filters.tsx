import { CountLinks } from '@/components/staff/count-links';
import { FilterActions, FilterField, FilterForm, filterInputClass } from '@/components/staff/filter-form';
import { listHref } from '@/components/staff/list-paging';
import {
  INBOX_VIEWS, PRIORITY_LABELS, STAFF_STATUS_LABELS, TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TOPICS, VIEW_LABELS,
  type InboxFilter, type InboxView,
} from '@/lib/support/admin-schemas';
import { TOPIC_LABELS } from '@/lib/support/format';

const inputClass = `${filterInputClass} w-full`;

/** The inbox URL for a filter, so paging and the view links keep what staff chose. */
export function supportHref(filter: Partial<InboxFilter>, page = 1): string {
  const { status, priority, topic, olderThan, q } = filter;
  return listHref('/admin/support', { view: filter.view === 'open' ? undefined : filter.view, status, priority, topic, olderThan, q }, page);
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
        <input id="support-q" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ''} placeholder="Words in the subject or any message, an e-mail, or SUP-3107" className={inputClass} />
      </FilterField>
      <FilterField id="support-status" label="Status">
        <select id="support-status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
          <option value="">Any status</option>
          {TICKET_STATUSES.map((s) => <option key={s} value={s}>{STAFF_STATUS_LABELS[s]}</option>)}
        </select>
      </FilterField>
      <FilterField id="support-priority" label="Priority">
        <select id="support-priority" name="priority" defaultValue={filter.priority ?? ''} className={inputClass}>
          <option value="">Any priority</option>
          {TICKET_PRIORITIES.map((p) => <option key={p} value={p}>{PRIORITY_LABELS[p]}</option>)}
        </select>
      </FilterField>
      <FilterField id="support-topic" label="Topic">
        <select id="support-topic" name="topic" defaultValue={filter.topic ?? ''} className={inputClass}>
          <option value="">Any topic</option>
          {TICKET_TOPICS.map((t) => <option key={t} value={t}>{TOPIC_LABELS[t]}</option>)}
        </select>
      </FilterField>
      <FilterField id="support-older" label="Older than (hours)">
        <input id="support-older" name="olderThan" type="number" inputMode="numeric" min={1} step={1} defaultValue={filter.olderThan ?? ''} className={inputClass} />
      </FilterField>
      <FilterActions submit="Search" clear={isFiltered(filter) ? { href: supportHref({ view: filter.view }), label: 'Clear filters' } : null} className="sm:col-span-2 lg:col-span-4" />
    </FilterForm>
  );
}

/** The views, each a link with how many tickets it holds under the current filters. */
export function SupportViewLinks({ filter, counts }: { filter: InboxFilter; counts: Record<InboxView, number> }) {
  const links = INBOX_VIEWS.map((view) => ({ key: view, href: supportHref({ ...filter, view }), label: VIEW_LABELS[view], count: counts[view], current: filter.view === view }));
  return <CountLinks label="Ticket views" links={links} />;
}
