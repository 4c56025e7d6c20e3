import { AdminPageHeader } from '@/components/admin/page-header';
import { PagedList } from '@/components/staff/paged-list';
import { requireStaffPage } from '@/lib/auth/guards';
import { listOrdersForStaff } from '@/lib/orders/admin-queries';
import { orderListFilterSchema } from '@/lib/orders/schemas';
import { isOrderListFiltered, OrderListFilters, ordersHref } from './_components/order-list-filters';
import { OrderListTable } from './_components/order-list-table';

export const metadata = { title: 'Orders' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrdersPage({ searchParams }: Props) {
  await requireStaffPage('/admin/orders');
  const filter = orderListFilterSchema.parse(await searchParams);
  const { orders, total, page, pages } = await listOrdersForStaff(filter);
  const filtered = isOrderListFiltered(filter);
  const href = (n: number) => ordersHref(filter, n);
  const qualifier = filtered ? ' match' : '';
  const empty = filtered ? 'No orders match these filters. Try a wider date range or clear the search.' : 'No orders yet.';
  return (
    <>
      <AdminPageHeader title="Orders">Find an order, then open it to ship it or mark it delivered.</AdminPageHeader>
      <OrderListFilters filter={filter} />
      <PagedList
        paging={{ total, page, pages, shown: orders.length }}
        href={href}
        noun={['order', 'orders']}
        qualifier={qualifier}
        empty={empty}
      >
        <OrderListTable orders={orders} />
      </PagedList>
    </>
  );
}
