import Link from 'next/link';
import { Button } from '@/components/ui/button';
import {
  INBOX_VIEWS, PRIORITY_LABELS, STAFF_STATUS_LABELS, TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TOPICS, VIEW_LABELS,
  type InboxFilter, type InboxView,
} from '@/lib/support/admin-schemas';
import { TOPIC_LABELS } from '@/lib/support/format';

const inputClass = 'min-h-11 w-full rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base';

/** The inbox URL for a filter, so paging and the view links keep what staff chose. */
export function supportHref(filter: Partial<InboxFilter>, page = 1): string {
  const params = new URLSearchParams();
  if (filter.view && filter.view !== 'open') params.set('view', filter.view);
  for (const key of ['status', 'priority', 'topic', 'olderThan', 'q'] as const) {
    const value = filter[key];
    if (value) params.set(key, String(value));
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/support?${query}` : '/admin/support';
}

export function isFiltered(filter: InboxFilter): boolean {
  return Boolean(filter.status || filter.priority || filter.topic || filter.olderThan || filter.q);
}

/** A GET form: filtering and search work without JavaScript, and every view has a URL. */
export function SupportInboxFilters({ filter }: { filter: InboxFilter }) {
  return (
    <form method="get" action="/admin/support" role="search" aria-label="Search and filter tickets" className="mb-6 grid gap-4 rounded-2xl border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      {filter.view !== 'open' && <input type="hidden" name="view" value={filter.view} />}
      <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-4">
        <label htmlFor="support-q" className="font-semibold">Search</label>
        <input id="support-q" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ''} placeholder="Words in the subject or any message, an e-mail, or SUP-3107" className={inputClass} />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="support-status" className="font-semibold">Status</label>
        <select id="support-status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
          <option value="">Any status</option>
          {TICKET_STATUSES.map((s) => <option key={s} value={s}>{STAFF_STATUS_LABELS[s]}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="support-priority" className="font-semibold">Priority</label>
        <select id="support-priority" name="priority" defaultValue={filter.priority ?? ''} className={inputClass}>
          <option value="">Any priority</option>
          {TICKET_PRIORITIES.map((p) => <option key={p} value={p}>{PRIORITY_LABELS[p]}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="support-topic" className="font-semibold">Topic</label>
        <select id="support-topic" name="topic" defaultValue={filter.topic ?? ''} className={inputClass}>
          <option value="">Any topic</option>
          {TICKET_TOPICS.map((t) => <option key={t} value={t}>{TOPIC_LABELS[t]}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="support-older" className="font-semibold">Older than (hours)</label>
        <input id="support-older" name="olderThan" type="number" inputMode="numeric" min={1} step={1} defaultValue={filter.olderThan ?? ''} className={inputClass} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit">Search</Button>
        {isFiltered(filter) && <Link href={supportHref({ view: filter.view })}>Clear filters</Link>}
      </div>
    </form>
  );
}

/** The views, each a link with how many tickets it holds under the current filters. */
export function SupportViewLinks({ filter, counts }: { filter: InboxFilter; counts: Record<InboxView, number> }) {
  return (
    <nav aria-label="Ticket views" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {INBOX_VIEWS.map((view) => (
          <li key={view}>
            <Link
              href={supportHref({ ...filter, view })}
              aria-current={filter.view === view ? 'page' : undefined}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-white px-4 text-sm text-ink no-underline hover:border-teal aria-[current=page]:border-teal aria-[current=page]:bg-teal-light"
            >
              {VIEW_LABELS[view]} <span className="font-bold">{counts[view]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
