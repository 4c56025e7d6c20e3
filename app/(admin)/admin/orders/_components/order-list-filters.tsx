import { orderStatusLabel } from '@/components/admin/order-status-badge';
import { FilterActions, FilterField, FilterForm, filterInputClass as inputClass, FilterSelect } from '@/components/staff/filter-form';
import { listHref } from '@/components/staff/list-paging';
import { ORDER_STATUSES, type OrderListFilter } from '@/lib/orders/schemas';

/** The list URL for a filter, so paging keeps what staff searched for. */
export function ordersHref(filter: OrderListFilter, page = 1): string {
  const { status, q, from, to } = filter;
  return listHref('/admin/orders', { status, q, from, to }, page);
}

export function isOrderListFiltered(filter: OrderListFilter): boolean {
  return Boolean(filter.status || filter.q || filter.from || filter.to);
}

const statusOptions = [['', 'Any status'], ...ORDER_STATUSES.map((status) => [status, orderStatusLabel(status)] as const)] as const;

export function OrderListFilters({ filter }: { filter: OrderListFilter }) {
  return (
    <FilterForm action="/admin/orders" label="Filter orders" className="sm:grid-cols-2 lg:grid-cols-[1fr_auto_auto_auto_auto] lg:items-end">
      <FilterField id="orders-q" label="Order number or e-mail">
        <input id="orders-q" name="q" type="search" defaultValue={filter.q ?? ''} placeholder="QLC-10042 or jane@" className={inputClass} />
      </FilterField>
      <FilterSelect id="orders-status" name="status" label="Status" defaultValue={filter.status ?? ''} options={statusOptions} />
      <FilterField id="orders-from" label="Placed from">
        <input id="orders-from" name="from" type="date" defaultValue={filter.from ?? ''} className={inputClass} />
      </FilterField>
      <FilterField id="orders-to" label="Placed until">
        <input id="orders-to" name="to" type="date" defaultValue={filter.to ?? ''} className={inputClass} />
      </FilterField>
      <FilterActions submit="Filter" clear={isOrderListFiltered(filter) ? { href: '/admin/orders', label: 'Clear' } : null} />
    </FilterForm>
  );
}
