import Link from 'next/link';
import { Price } from '@/components/catalog/price';
import { formatDate } from '@/lib/dates';
import type { CustomerContextDto } from '@/lib/support/customer-context-queries';
import { Card } from './detail-card';
import { OrderStatusBadge } from './order-status-badge';
import { ReturnStatusBadge } from './return-status-badge';
import { SenderUnverifiedBadge, TicketStatusBadge } from './ticket-badges';

const On = ({ at }: { at: Date }) => (
  <time dateTime={at.toISOString()} className="text-sm text-ink-soft">
    {formatDate(at)}
  </time>
);
const rowClass = 'flex flex-wrap items-center gap-x-3 gap-y-1';

/**
 * The customer's orders, returns and other tickets (matched by e-mail), newest first; none while the sender is not
 * verified (context null), since anyone can claim an e-mail on the contact form.
 */
export function TicketCustomerPanel({ name, email, context }: { name: string; email: string; context: CustomerContextDto | null }) {
  return (
    <Card id="customer" title="Customer">
      <p className="font-semibold">{name}</p>
      <p className="mb-4 break-all">
        <a href={`mailto:${email}`}>{email}</a>
      </p>
      {context ? <CustomerHistory context={context} /> : <UnverifiedSender />}
    </Card>
  );
}

function UnverifiedSender() {
  return (
    <div className="flex flex-col gap-2">
      <p>
        <SenderUnverifiedBadge />
      </p>
      <p className="text-sm">
        Anyone can type any e-mail into the contact form, and this sender has not yet used the link we e-mailed to that address. Their
        orders, returns and other tickets appear here once they do. Until then, share nothing about an order or an account.
      </p>
    </div>
  );
}

function CustomerHistory({ context }: { context: CustomerContextDto }) {
  return (
    <>
      <h3 className="mb-2 font-semibold">Orders</h3>
      {context.orders.length === 0 ? (
        <p className="mb-4 text-ink-soft">No orders with this e-mail.</p>
      ) : (
        <ul className="mb-4 flex flex-col gap-2">
          {context.orders.map((o) => (
            <li key={o.number} className={rowClass}>
              <Link href={`/admin/orders/${o.number}`} className="font-semibold">
                {o.number}
              </Link>
              <OrderStatusBadge status={o.status} />
              <span className="text-sm">
                <Price money={o.total} />
              </span>
              <On at={o.createdAt} />
            </li>
          ))}
        </ul>
      )}

      <h3 className="mb-2 font-semibold">Returns</h3>
      {context.returns.length === 0 ? (
        <p className="mb-4 text-ink-soft">No returns.</p>
      ) : (
        <ul className="mb-4 flex flex-col gap-2">
          {context.returns.map((r) => (
            <li key={r.number} className={rowClass}>
              <Link href={`/admin/returns/${r.number}`} className="font-semibold">
                {r.number}
              </Link>
              <ReturnStatusBadge status={r.status} />
              <span className="text-sm text-ink-soft">for {r.orderNumber}</span>
              <On at={r.createdAt} />
            </li>
          ))}
        </ul>
      )}

      <h3 className="mb-2 font-semibold">Other tickets</h3>
      {context.tickets.length === 0 ? (
        <p className="text-ink-soft">None.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {context.tickets.map((t) => (
            <li key={t.number} className={rowClass}>
              <Link href={`/admin/support/${t.number}`} className="font-semibold">
                {t.number}
              </Link>
              <TicketStatusBadge status={t.status} />
              <span className="w-full text-sm break-words">{t.subject}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
