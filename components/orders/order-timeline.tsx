import { ProgressSteps } from '@/components/ui/progress-steps';
import type { OrderDetailDto } from '@/lib/orders/queries';

/** Paid → shipped (with tracking) → delivered, with the steps still to come greyed out. */
export function OrderTimeline({ order }: { order: OrderDetailDto }) {
  const steps = [
    { label: 'Paid', at: order.paidAt },
    {
      label: 'Shipped',
      at: order.shippedAt,
      detail:
        order.carrier && order.trackingNumber ? (
          <>
            {order.carrier}, tracking{' '}
            {order.trackingUrl ? (
              <a href={order.trackingUrl} rel="noopener noreferrer" target="_blank">
                {order.trackingNumber}
                <span className="sr-only"> (opens the carrier&apos;s tracking page)</span>
              </a>
            ) : (
              order.trackingNumber
            )}
          </>
        ) : null,
    },
    { label: 'Delivered', at: order.deliveredAt, detail: order.deliveredAt ? 'Your 60-day guarantee runs from this date.' : null },
  ];
  return <ProgressSteps label="Order progress" steps={steps} />;
}
