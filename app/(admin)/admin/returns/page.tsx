import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { isReturnQueueFiltered, ReturnQueueFilters, returnsHref, ReturnStatusCounts } from '@/components/admin/return-queue-filters';
import { ReturnQueueTable } from '@/components/admin/return-queue-table';
import { PagedList } from '@/components/staff/paged-list';
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
  const qualifier = filtered ? ' match' : ' open';
  const empty = filtered ? 'No returns match these filters.' : 'Nothing to handle: every return is closed.';
  return (
    <>
      <AdminPageHeader title="Returns">
        Requests under the 60-day guarantee, oldest first. Open one to approve it, receive the parcel or refund it.{' '}
        <Link href="/admin/returns/settings">Return policy settings</Link>
      </AdminPageHeader>
      <ReturnQueueFilters filter={filter} />
      <ReturnStatusCounts filter={filter} counts={counts} />
      <PagedList
        paging={{ total, page, pages, shown: returns.length }}
        href={href}
        noun={['return', 'returns']}
        qualifier={qualifier}
        empty={empty}
      >
        <ReturnQueueTable returns={returns} />
      </PagedList>
    </>
  );
}
