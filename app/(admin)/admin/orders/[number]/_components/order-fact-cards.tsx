import { Card, Fact, Facts, When } from '@/components/admin/detail-card';
import type { OrderDetailDto } from '@/lib/orders/queries';

/** The staff order page's side panels: when it moved, how it was paid, where it goes and how to track it. */

export function OrderStatusCard({ order }: { order: OrderDetailDto }) {
  return (
    <Card id="status" title="Status">
      <Facts>
        <Fact label="Placed">
          <When at={order.createdAt} />
        </Fact>
        <Fact label="Paid">
          <When at={order.paidAt} />
        </Fact>
        <Fact label="Shipped">
          <When at={order.shippedAt} />
        </Fact>
        <Fact label="Delivered">
          <When at={order.deliveredAt} />
        </Fact>
        {order.cancelledAt && (
          <Fact label="Cancelled">
            <When at={order.cancelledAt} />
          </Fact>
        )}
      </Facts>
    </Card>
  );
}

export function OrderPaymentCard({ order }: { order: OrderDetailDto }) {
  return (
    <Card id="payment" title="Payment">
      <Facts>
        <Fact label="Provider">{order.paymentProvider}</Fact>
        <Fact label="Payment intent">
          {order.paymentIntentId ? <span className="font-mono text-sm break-all">{order.paymentIntentId}</span> : 'None'}
        </Fact>
      </Facts>
    </Card>
  );
}

function Address({ address }: { address: OrderDetailDto['shippingAddress'] }) {
  if (!address) return <span className="text-ink-soft">None given</span>;
  const a = address;
  return (
    <address className="not-italic">
      {[a.line1, a.line2, [a.city, a.state, a.postalCode].filter(Boolean).join(', '), a.country].filter(Boolean).map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}

export function OrderShippingCard({ order }: { order: OrderDetailDto }) {
  return (
    <Card id="shipping" title="Shipping">
      <Facts>
        <Fact label="Name">{order.shippingName ?? 'None given'}</Fact>
        <Fact label="Address">
          <Address address={order.shippingAddress} />
        </Fact>
        <Fact label="Method">{order.shippingMethod ?? 'None given'}</Fact>
      </Facts>
    </Card>
  );
}

export function OrderTrackingCard({ order }: { order: OrderDetailDto }) {
  return (
    <Card id="tracking" title="Tracking">
      {order.carrier ? (
        <Facts>
          <Fact label="Carrier">{order.carrier}</Fact>
          <Fact label="Number">
            <span className="font-mono text-sm break-all">{order.trackingNumber}</span>
          </Fact>
          <Fact label="Link">
            {order.trackingUrl ? (
              <a href={order.trackingUrl} rel="noreferrer">
                Track with {order.carrier}
              </a>
            ) : (
              'No tracking page for this carrier'
            )}
          </Fact>
        </Facts>
      ) : (
        <p className="text-ink-soft">Not shipped yet.</p>
      )}
    </Card>
  );
}
