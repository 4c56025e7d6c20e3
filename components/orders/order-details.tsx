import { formatDate } from '@/lib/dates';
import { countryName } from '@/lib/checkout/format';
import { formatMoney } from '@/lib/money';
import type { OrderDetailDto } from '@/lib/orders/queries';
import { OrderTimeline } from './order-timeline';

/** What a customer sees of an order: items, totals, delivery and where it is now. */
export function OrderDetails({ order }: { order: OrderDetailDto }) {
  const address = order.shippingAddress;
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="items-heading" className="rounded-2xl border border-line bg-white p-6">
        <h2 id="items-heading" className="text-xl font-bold">
          Items
        </h2>
        <ul className="mt-3 flex flex-col gap-2">
          {order.items.map((item) => (
            <li key={item.sku} className="flex justify-between gap-4">
              <span>
                {item.quantity} × {item.name}
              </span>
              <span>{formatMoney(item.lineTotal)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-4 flex flex-col gap-1 border-t border-line pt-4">
          <Row label="Subtotal" value={formatMoney(order.subtotal)} />
          <Row
            label={`Shipping${order.shippingMethod ? ` (${order.shippingMethod})` : ''}`}
            value={order.shipping.amount ? formatMoney(order.shipping) : 'Free'}
          />
          {order.discount.amount > 0 && <Row label="Discount" value={`−${formatMoney(order.discount)}`} />}
          {order.tax.amount > 0 && <Row label="Tax" value={formatMoney(order.tax)} />}
          <Row label="Total" value={formatMoney(order.total)} strong />
          {order.refunded.amount > 0 && <Row label="Refunded" value={`−${formatMoney(order.refunded)}`} />}
        </dl>
      </section>
      <div className="flex flex-col gap-8">
        <section aria-labelledby="status-heading" className="rounded-2xl border border-line bg-white p-6">
          <h2 id="status-heading" className="text-xl font-bold">
            Status
          </h2>
          <OrderTimeline order={order} />
        </section>
        {address && (
          <section aria-labelledby="ship-heading" className="rounded-2xl border border-line bg-white p-6">
            <h2 id="ship-heading" className="text-xl font-bold">
              Delivering to
            </h2>
            <address className="mt-2 not-italic">
              {order.shippingName}
              <br />
              {address.line1}
              <br />
              {address.line2 && (
                <>
                  {address.line2}
                  <br />
                </>
              )}
              {address.postalCode} {address.city}
              <br />
              {countryName(address.country)}
            </address>
            <p className="mt-3 text-sm text-ink-soft">
              Ordered {formatDate(order.createdAt)} · receipt sent to {order.email}
            </p>
          </section>
        )}
      </div>
    </div>
  );
}

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between ${strong ? 'text-lg font-bold' : ''}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
