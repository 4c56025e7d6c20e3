import Link from 'next/link';
import { orderStatusLabel, OrderStatusBadge } from '@/components/admin/order-status-badge';
import { AdminPageHeader } from '@/components/admin/page-header';
import { Price } from '@/components/catalog/price';
import { Button } from '@/components/ui/button';
import { requireStaffPage } from '@/lib/auth/guards';
import { formatDate } from '@/lib/dates';
import { listOrdersForStaff } from '@/lib/orders/queries';
import { ORDER_STATUSES, orderListFilterSchema, type OrderListFilter } from '@/lib/orders/schemas';

export const metadata = { title: 'Orders' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const inputClass = 'min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base';

/** The list URL for a filter, so paging keeps what staff searched for. */
function listHref(filter: OrderListFilter, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'q', 'from', 'to'] as const) if (filter[key]) params.set(key, filter[key]);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/orders?${query}` : '/admin/orders';
}

export default async function AdminOrdersPage({ searchParams }: Props) {
  await requireStaffPage('/admin/orders');
  const filter = orderListFilterSchema.parse(await searchParams);
  const { orders, total, page, pages } = await listOrdersForStaff(filter);
  const filtered = Boolean(filter.status || filter.q || filter.from || filter.to);
  return (
    <>
      <AdminPageHeader title="Orders">Find an order, then open it to ship it or mark it delivered.</AdminPageHeader>
      <form method="get" action="/admin/orders" role="search" aria-label="Filter orders" className="mb-6 grid gap-4 rounded-2xl border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_auto_auto_auto_auto] lg:items-end">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="orders-q" className="font-semibold">Order number or e-mail</label>
          <input id="orders-q" name="q" type="search" defaultValue={filter.q ?? ''} placeholder="QLC-10042 or jane@" className={inputClass} />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="orders-status" className="font-semibold">Status</label>
          <select id="orders-status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
            <option value="">Any status</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>{orderStatusLabel(status)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="orders-from" className="font-semibold">Placed from</label>
          <input id="orders-from" name="from" type="date" defaultValue={filter.from ?? ''} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="orders-to" className="font-semibold">Placed until</label>
          <input id="orders-to" name="to" type="date" defaultValue={filter.to ?? ''} className={inputClass} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">Filter</Button>
          {filtered && <Link href="/admin/orders">Clear</Link>}
        </div>
      </form>

      <p className="mb-3 text-ink-soft">
        {total === 1 ? '1 order' : `${total} orders`}
        {filtered ? ' match' : ''}
        {pages > 1 ? ` · page ${page} of ${pages}` : ''}
      </p>

      {orders.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-ink-soft">
          {total > 0 ? (
            <>
              There is no page {page}. <Link href={listHref(filter, 1)}>Go to the first page</Link>.
            </>
          ) : filtered ? (
            'No orders match these filters. Try a wider date range or clear the search.'
          ) : (
            'No orders yet.'
          )}
        </p>
      ) : (
        <section aria-labelledby="orders-table" className="overflow-x-auto rounded-2xl border border-line bg-white">
          <h2 id="orders-table" className="sr-only">Orders</h2>
          <table className="w-full text-left">
            <thead className="border-b border-line text-sm text-ink-soft">
              <tr>
                <th scope="col" className="p-4">Order</th>
                <th scope="col" className="p-4">Placed</th>
                <th scope="col" className="p-4">E-mail</th>
                <th scope="col" className="p-4 text-right">Items</th>
                <th scope="col" className="p-4 text-right">Total</th>
                <th scope="col" className="p-4">Status</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} className="border-b border-line last:border-0">
                  <th scope="row" className="p-4 font-semibold whitespace-nowrap">
                    <Link href={`/admin/orders/${order.number}`}>{order.number}</Link>
                  </th>
                  <td className="p-4 text-sm whitespace-nowrap">
                    <time dateTime={order.createdAt.toISOString()}>{formatDate(order.createdAt)}</time>
                  </td>
                  <td className="p-4 text-sm break-all">{order.email}</td>
                  <td className="p-4 text-right">{order.itemCount}</td>
                  <td className="p-4 text-right whitespace-nowrap"><Price money={order.total} /></td>
                  <td className="p-4"><OrderStatusBadge status={order.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {pages > 1 && (
        <nav aria-label="Pages of orders" className="mt-4 flex items-center justify-between gap-4">
          {page > 1 ? <Link href={listHref(filter, page - 1)} rel="prev">← Previous page</Link> : <span />}
          {page < pages ? <Link href={listHref(filter, page + 1)} rel="next">Next page →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
