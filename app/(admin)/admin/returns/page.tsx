import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { isReturnQueueFiltered, ReturnQueueFilters, returnsHref, ReturnStatusCounts } from '@/components/admin/return-queue-filters';
import { ReturnQueueTable } from '@/components/admin/return-queue-table';
import { ListEmpty, ListSummary } from '@/components/staff/list-summary';
import { Pager } from '@/components/staff/pager';
import { requireStaffPage } from '@/lib/auth/guards';
import { listReturnsForStaff } from '@/lib/returns/admin-queries';
import { returnQueueFilterSchema } from '@/lib/returns/admin-schemas';

export const metadata = { title: 'Returns' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminReturnsPage({ searchParams }: Props) {
  await requireStaffPage('/admin/returns');
  const filter = returnQueueFilterSchema.parse(await searchParams);
  const { returns, total, page, pages, counts } = await listReturnsForStaff(filter);
  const filtered = isReturnQueueFiltered(filter);
  const href = (n: number) => returnsHref(filter, n);
  return (
    <>
      <AdminPageHeader title="Returns">
        Requests under the 60-day guarantee, oldest first. Open one to approve it, receive the parcel or refund it.{' '}
        <Link href="/admin/returns/settings">Return policy settings</Link>
      </AdminPageHeader>
      <ReturnQueueFilters filter={filter} />
      <ReturnStatusCounts filter={filter} counts={counts} />
      <ListSummary total={total} shown={returns.length} page={page} pages={pages} noun={['return', 'returns']} qualifier={filtered ? ' match' : ' open'} />
      <ReturnQueueTable
        returns={returns}
        empty={
          <ListEmpty total={total} page={page} firstPage={href(1)}>
            {filtered ? 'No returns match these filters.' : 'Nothing to handle: every return is closed.'}
          </ListEmpty>
        }
      />
      <Pager label="Pages of returns" page={page} pages={pages} href={href} />
    </>
  );
}
