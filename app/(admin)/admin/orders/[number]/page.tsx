import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DeliverOrderForm } from '@/components/admin/deliver-order-form';
import { OrderStatusBadge } from '@/components/admin/order-status-badge';
import { OrderDisputeBanner, OrderReturnsCard } from '@/components/admin/return-order-panel';
import { ShipOrderForm } from '@/components/admin/ship-order-form';
import { Price } from '@/components/catalog/price';
import { requireStaffPage } from '@/lib/auth/guards';
import { canManageStaff } from '@/lib/auth/policy';
import { formatDateTime } from '@/lib/dates';
import { formatOrderNumber, parseOrderNumber } from '@/lib/orders/format';
import { getOrderForStaff, type OrderDetailDto } from '@/lib/orders/queries';
import { getOrderReturnsForStaff } from '@/lib/returns/admin-queries';

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseOrderNumber((await params).number);
  return { title: number ? `Order ${formatOrderNumber(number)}` : 'Order' };
}

function When({ at }: { at: Date | null }) {
  return at ? <time dateTime={at.toISOString()}>{formatDateTime(at)}</time> : <span className="text-ink-soft">Not yet</span>;
}

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-white p-5">
      <h2 id={id} className="mb-3 text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-ink-soft">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const factsClass = 'grid grid-cols-[auto_1fr] gap-x-4 gap-y-2';

function Address({ order }: { order: OrderDetailDto }) {
  const a = order.shippingAddress;
  if (!a) return <span className="text-ink-soft">None given</span>;
  return (
    <address className="not-italic">
      {[a.line1, a.line2, [a.city, a.state, a.postalCode].filter(Boolean).join(', '), a.country].filter(Boolean).map((line) => (
        <span key={line} className="block">{line}</span>
      ))}
    </address>
  );
}

export default async function AdminOrderPage({ params }: Props) {
  const number = parseOrderNumber((await params).number);
  const viewer = await requireStaffPage(number ? `/admin/orders/${formatOrderNumber(number)}` : '/admin/orders');
  const [order, returns] = number ? await Promise.all([getOrderForStaff(number), getOrderReturnsForStaff(number)]) : [null, null];
  if (!order || !returns) notFound();
  const today = new Date().toISOString().slice(0, 10);
  // Shown as a deduction; 0 stays 0 (Intl prints -0 as "-$0.00").
  const negative = { ...order.discount, amount: order.discount.amount ? -order.discount.amount : 0 };
  return (
    <>
      <p className="mb-2"><Link href="/admin/orders">← All orders</Link></p>
      <div className="mb-6">
        <h1 className="font-serif text-3xl font-bold">Order {order.number}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-ink-soft">
          <OrderStatusBadge status={order.status} />
          <span>Placed <When at={order.createdAt} /> by <span className="break-all">{order.email}</span></span>
        </p>
      </div>
      {returns.disputed && <OrderDisputeBanner number={order.number} canClear={canManageStaff(viewer.role)} />}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="items" className="overflow-x-auto rounded-2xl border border-line bg-white">
            <h2 id="items" className="p-4 pb-0 text-xl font-bold">Items</h2>
            <table className="w-full text-left">
              <thead className="border-b border-line text-sm text-ink-soft">
                <tr>
                  <th scope="col" className="p-4">Item</th>
                  <th scope="col" className="p-4">SKU</th>
                  <th scope="col" className="p-4 text-right">Quantity</th>
                  <th scope="col" className="p-4 text-right">Unit price</th>
                  <th scope="col" className="p-4 text-right">Line total</th>
                </tr>
              </thead>
              <tbody>
                {order.items.map((item, i) => (
                  <tr key={`${i}-${item.sku}`} className="border-b border-line">
                    <td className="p-4">{item.name}</td>
                    <td className="p-4 font-mono text-sm">{item.sku}</td>
                    <td className="p-4 text-right">{item.quantity}</td>
                    <td className="p-4 text-right"><Price money={item.unitPrice} /></td>
                    <td className="p-4 text-right"><Price money={item.lineTotal} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl className="ml-auto grid max-w-xs grid-cols-[1fr_auto] gap-x-6 gap-y-1 p-4">
              {([['Subtotal', order.subtotal], ['Shipping', order.shipping], ['Discount', negative], ['Tax', order.tax]] as const).map(([label, money]) => (
                <div key={label} className="contents">
                  <dt className="text-ink-soft">{label}</dt>
                  <dd className="text-right"><Price money={money} /></dd>
                </div>
              ))}
              <dt className="border-t border-line pt-1 font-bold">Total</dt>
              <dd className="border-t border-line pt-1 text-right font-bold"><Price money={order.total} /></dd>
            </dl>
          </section>
          <OrderReturnsCard summary={returns} />
          <Card id="history" title="History">
            {order.events.length === 0 ? (
              <p className="text-ink-soft">Nothing recorded yet.</p>
            ) : (
              <ol className="flex flex-col gap-3">
                {order.events.map((event, i) => (
                  <li key={i} className="border-l-2 border-teal pl-3">
                    <p>{event.message}</p>
                    <p className="text-sm text-ink-soft"><When at={event.at} /> · {event.actor ?? 'System'}</p>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          {order.status === 'PAID' && (
            <Card id="ship" title="Ship this order">
              <ShipOrderForm number={order.number} />
            </Card>
          )}
          {order.status === 'SHIPPED' && (
            <Card id="deliver" title="Confirm delivery">
              <DeliverOrderForm number={order.number} today={today} />
            </Card>
          )}
          <Card id="status" title="Status">
            <dl className={factsClass}>
              <Fact label="Placed"><When at={order.createdAt} /></Fact>
              <Fact label="Paid"><When at={order.paidAt} /></Fact>
              <Fact label="Shipped"><When at={order.shippedAt} /></Fact>
              <Fact label="Delivered"><When at={order.deliveredAt} /></Fact>
              {order.cancelledAt && <Fact label="Cancelled"><When at={order.cancelledAt} /></Fact>}
            </dl>
          </Card>
          <Card id="payment" title="Payment">
            <dl className={factsClass}>
              <Fact label="Provider">{order.paymentProvider}</Fact>
              <Fact label="Payment intent">{order.paymentIntentId ? <span className="font-mono text-sm break-all">{order.paymentIntentId}</span> : 'None'}</Fact>
            </dl>
          </Card>
          <Card id="shipping" title="Shipping">
            <dl className={factsClass}>
              <Fact label="Name">{order.shippingName ?? 'None given'}</Fact>
              <Fact label="Address"><Address order={order} /></Fact>
              <Fact label="Method">{order.shippingMethod ?? 'None given'}</Fact>
            </dl>
          </Card>
          <Card id="tracking" title="Tracking">
            {order.carrier ? (
              <dl className={factsClass}>
                <Fact label="Carrier">{order.carrier}</Fact>
                <Fact label="Number"><span className="font-mono text-sm break-all">{order.trackingNumber}</span></Fact>
                <Fact label="Link">{order.trackingUrl ? <a href={order.trackingUrl} rel="noreferrer">Track with {order.carrier}</a> : 'No tracking page for this carrier'}</Fact>
              </dl>
            ) : (
              <p className="text-ink-soft">Not shipped yet.</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
