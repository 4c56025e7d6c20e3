import Link from 'next/link';
import { z } from 'zod';
import { AdminPageHeader } from '@/components/admin/page-header';
import { DataTable, type Column } from '@/components/staff/data-table';
import { listHref } from '@/components/staff/list-paging';
import { PagedList } from '@/components/staff/paged-list';
import { requireStaffPage } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/dates';
import { listRefusals, REFUSALS_PER_PAGE, type RefusalRow } from '@/lib/support/inbound-refusals';

export const metadata = { title: 'Refused e-mail' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

const columns: Column<RefusalRow>[] = [
  { header: 'Received', cell: (r) => formatDateTime(r.receivedAt), rowHeader: true, className: 'whitespace-nowrap' },
  { header: 'From', cell: (r) => r.from || '(none)', className: 'break-all' },
  { header: 'To', cell: (r) => r.to || '(none)', className: 'break-all font-mono text-sm' },
  { header: 'Subject', cell: (r) => r.subject || '(no subject)', className: 'break-words' },
  { header: 'Why', cell: (r) => r.reason },
  { header: 'Excerpt', cell: (r) => r.excerpt, className: 'break-words text-sm text-ink-soft' },
];

/** Inbound e-mail that landed on no ticket, newest first: what came, from whom, and why it was turned away. */
export default async function RefusedEmailPage({ searchParams }: Props) {
  await requireStaffPage('/admin/support/refused');
  const { page } = pageSchema.parse(await searchParams);
  const { rows, total } = await listRefusals(page);
  const pages = Math.max(1, Math.ceil(total / REFUSALS_PER_PAGE));
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/support">← Support inbox</Link>
      </p>
      <AdminPageHeader title="Refused e-mail">
        Replies that reached the support address but were not put on any ticket: not sent to a ticket’s own reply address, not vouched for
        by the receiving mail server, or from another address than the ticket’s customer. Nothing here was shown to anyone; ask the customer
        to use the contact form or their latest e-mail from us.
      </AdminPageHeader>
      <PagedList
        paging={{ total, page, pages, shown: rows.length }}
        href={(n) => listHref('/admin/support/refused', {}, n)}
        noun={['refused e-mail', 'refused e-mails']}
        empty="No e-mail has been refused."
      >
        <DataTable caption="Refused inbound e-mail" columns={columns} rows={rows} rowKey={(r) => r.id} />
      </PagedList>
    </>
  );
}
