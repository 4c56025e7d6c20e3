import { Price } from '@/components/catalog/price';
import { DataTable, type Column } from '@/components/staff/data-table';
import type { OrderDetailDto } from '@/lib/orders/queries';

type Item = OrderDetailDto['items'][number];

const columns: Column<Item>[] = [
  { header: 'Item', cell: (item) => item.name },
  { header: 'SKU', cell: (item) => item.sku, className: 'font-mono text-sm' },
  { header: 'Quantity', cell: (item) => item.quantity, align: 'end' },
  { header: 'Unit price', cell: (item) => <Price money={item.unitPrice} />, align: 'end' },
  { header: 'Line total', cell: (item) => <Price money={item.lineTotal} />, align: 'end' },
];

/** What was bought, and the sums under it down to the total charged. */
export function OrderItemsTable({ order }: { order: OrderDetailDto }) {
  // Shown as a deduction; 0 stays 0 (Intl prints -0 as "-$0.00").
  const negative = { ...order.discount, amount: order.discount.amount ? -order.discount.amount : 0 };
  const sums = [
    ['Subtotal', order.subtotal],
    ['Shipping', order.shipping],
    ['Discount', negative],
    ['Tax', order.tax],
  ] as const;
  return (
    <DataTable
      caption={`Items in order ${order.number}`}
      section={{ id: 'items', title: 'Items' }}
      columns={columns}
      rows={order.items}
      rowKey={(item, i) => `${i}-${item.sku}`}
    >
      <dl className="ml-auto grid max-w-xs grid-cols-[1fr_auto] gap-x-6 gap-y-1 p-4">
        {sums.map(([label, money]) => (
          <div key={label} className="contents">
            <dt className="text-ink-soft">{label}</dt>
            <dd className="text-right">
              <Price money={money} />
            </dd>
          </div>
        ))}
        <dt className="border-t border-line pt-1 font-bold">Total</dt>
        <dd className="border-t border-line pt-1 text-right font-bold">
          <Price money={order.total} />
        </dd>
      </dl>
    </DataTable>
  );
}
