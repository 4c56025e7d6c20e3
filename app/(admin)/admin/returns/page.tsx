import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { ReturnQueueFilters, returnsHref, ReturnStatusCounts } from '@/components/admin/return-queue-filters';
import { ReturnQueueTable } from '@/components/admin/return-queue-table';
import { requireStaffPage } from '@/lib/auth/guards';
import { listReturnsForStaff } from '@/lib/returns/admin-queries';
import { returnQueueFilterSchema } from '@/lib/returns/admin-schemas';

export const metadata = { title: 'Returns' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminReturnsPage({ searchParams }: Props) {
  await requireStaffPage('/admin/returns');
  const filter = returnQueueFilterSchema.parse(await searchParams);
  const { returns, total, page, pages, counts } = await listReturnsForStaff(filter);
  const filtered = filter.status !== 'open' || Boolean(filter.reason || filter.olderThan);
  return (
    <>
      <AdminPageHeader title="Returns">
        Requests under the 60-day guarantee, oldest first. Open one to approve it, receive the parcel or refund it.{' '}
        <Link href="/admin/returns/settings">Return policy settings</Link>
      </AdminPageHeader>
      <ReturnQueueFilters filter={filter} />
      <ReturnStatusCounts filter={filter} counts={counts} />

      <p className="mb-3 text-ink-soft">
        {total === 1 ? '1 return' : `${total} returns`}
        {filtered ? ' match' : ' open'}
        {pages > 1 ? ` · page ${page} of ${pages}` : ''}
      </p>

      {returns.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-ink-soft">
          {total > 0 ? (
            <>There is no page {page}. <Link href={returnsHref(filter, 1)}>Go to the first page</Link>.</>
          ) : filtered ? (
            'No returns match these filters.'
          ) : (
            'Nothing to handle: every return is closed.'
          )}
        </p>
      ) : (
        <ReturnQueueTable returns={returns} />
      )}

      {pages > 1 && (
        <nav aria-label="Pages of returns" className="mt-4 flex items-center justify-between gap-4">
          {page > 1 ? <Link href={returnsHref(filter, page - 1)} rel="prev">← Previous page</Link> : <span />}
          {page < pages ? <Link href={returnsHref(filter, page + 1)} rel="next">Next page →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
