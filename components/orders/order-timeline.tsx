import { formatDate } from '@/lib/dates';
import type { OrderDetailDto } from '@/lib/orders/queries';

/** Paid → shipped (with tracking) → delivered, with the steps still to come greyed out. */
export function OrderTimeline({ order }: { order: OrderDetailDto }) {
  const steps = [
    { label: 'Paid', at: order.paidAt, detail: null },
    {
      label: 'Shipped',
      at: order.shippedAt,
      detail: order.carrier && order.trackingNumber ? (
        <>
          {order.carrier}, tracking{' '}
          {order.trackingUrl ? (
            <a href={order.trackingUrl} rel="noopener noreferrer" target="_blank">
              {order.trackingNumber}<span className="sr-only"> (opens the carrier&apos;s tracking page)</span>
            </a>
          ) : (
            order.trackingNumber
          )}
        </>
      ) : null,
    },
    { label: 'Delivered', at: order.deliveredAt, detail: order.deliveredAt ? 'Your 60-day guarantee runs from this date.' : null },
  ];
  return (
    <ol className="mt-3 flex flex-col gap-3" aria-label="Order progress">
      {steps.map((step) => (
        <li key={step.label} className="flex gap-3">
          <span aria-hidden="true" className={`mt-1.5 h-3 w-3 shrink-0 rounded-full ${step.at ? 'bg-teal' : 'border-2 border-line bg-white'}`} />
          <div>
            <p className={step.at ? 'font-semibold' : 'text-ink-soft'}>
              {step.label}
              {step.at ? <span className="font-normal text-ink-soft"> · {formatDate(step.at)}</span> : <span className="sr-only"> (not yet)</span>}
            </p>
            {step.detail && <p className="text-sm">{step.detail}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
