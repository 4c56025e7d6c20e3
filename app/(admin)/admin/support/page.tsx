import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { isFiltered, supportHref, SupportInboxFilters, SupportViewLinks } from '@/components/admin/support-inbox-filters';
import { TicketTable } from '@/components/admin/ticket-table';
import { requireStaffPage } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { listTicketsForStaff } from '@/lib/support/inbox-queries';
import { inboxFilterSchema, VIEW_LABELS } from '@/lib/support/admin-schemas';

export const metadata = { title: 'Support' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminSupportPage({ searchParams }: Props) {
  const viewer = await requireStaffPage('/admin/support');
  const filter = inboxFilterSchema.parse(await searchParams);
  const hours = env().SUPPORT_FIRST_RESPONSE_HOURS;
  const { tickets, total, page, pages, counts, breaching } = await listTicketsForStaff(filter, { viewerId: viewer.id, firstResponseHours: hours });
  return (
    <>
      <AdminPageHeader title="Support">
        Customer conversations. Unanswered tickets older than {hours} hours are breaching and come first.{' '}
        <Link href="/admin/support/saved-replies">Saved replies</Link>
      </AdminPageHeader>
      {breaching > 0 && (
        <p className="mb-4 rounded-2xl border border-accent bg-accent-light p-4 font-medium text-accent">
          {breaching === 1 ? '1 open ticket has' : `${breaching} open tickets have`} waited more than {hours} hours for a first reply.
        </p>
      )}
      <SupportViewLinks filter={filter} counts={counts} />
      <SupportInboxFilters filter={filter} />

      <p className="mb-3 text-ink-soft">
        {VIEW_LABELS[filter.view]}: {total === 1 ? '1 ticket' : `${total} tickets`}
        {isFiltered(filter) ? ' match' : ''}
        {pages > 1 ? ` · page ${page} of ${pages}` : ''}
      </p>

      {tickets.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-ink-soft">
          {total > 0 ? (
            <>There is no page {page}. <Link href={supportHref(filter, 1)}>Go to the first page</Link>.</>
          ) : isFiltered(filter) ? (
            'No tickets match these filters.'
          ) : (
            'Nothing here.'
          )}
        </p>
      ) : (
        <TicketTable tickets={tickets} targetHours={hours} />
      )}

      {pages > 1 && (
        <nav aria-label="Pages of tickets" className="mt-4 flex items-center justify-between gap-4">
          {page > 1 ? <Link href={supportHref(filter, page - 1)} rel="prev">← Previous page</Link> : <span />}
          {page < pages ? <Link href={supportHref(filter, page + 1)} rel="next">Next page →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
