import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { isFiltered, supportHref, SupportInboxFilters, SupportViewLinks } from '@/components/admin/support-inbox-filters';
import { TicketTable } from '@/components/admin/ticket-table';
import { PagedList } from '@/components/staff/paged-list';
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
  const { tickets, total, page, pages, counts, breaching } = await listTicketsForStaff(filter, {
    viewerId: viewer.id,
    firstResponseHours: hours,
  });
  const href = (n: number) => supportHref(filter, n);
  const filtered = isFiltered(filter);
  const [lead, qualifier] = [`${VIEW_LABELS[filter.view]}: `, filtered ? ' match' : ''];
  const empty = filtered ? 'No tickets match these filters.' : 'Nothing here.';
  return (
    <>
      <AdminPageHeader title="Support">
        Customer conversations. Unanswered tickets older than {hours} hours are breaching and come first.{' '}
        <Link href="/admin/support/saved-replies">Saved replies</Link> · <Link href="/admin/support/refused">Refused e-mail</Link>
      </AdminPageHeader>
      {breaching > 0 && (
        <p className="mb-4 rounded-2xl border border-accent bg-accent-light p-4 font-medium text-accent">
          {breaching === 1 ? '1 open ticket has' : `${breaching} open tickets have`} waited more than {hours} hours for a first reply.
        </p>
      )}
      <SupportViewLinks filter={filter} counts={counts} />
      <SupportInboxFilters filter={filter} />
      <PagedList
        paging={{ total, page, pages, shown: tickets.length }}
        href={href}
        noun={['ticket', 'tickets']}
        lead={lead}
        qualifier={qualifier}
        empty={empty}
      >
        <TicketTable tickets={tickets} targetHours={hours} />
      </PagedList>
    </>
  );
}
