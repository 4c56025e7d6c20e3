import { Card, When } from '@/components/admin/detail-card';
import { DeliverOrderForm } from '@/components/admin/deliver-order-form';
import { HistoryCard } from '@/components/admin/history-card';
import { OrderStatusBadge } from '@/components/admin/order-status-badge';
import { OrderDisputeBanner, OrderReturnsCard } from '@/components/admin/return-order-panel';
import { ShipOrderForm } from '@/components/admin/ship-order-form';
import { StaffRevokeLinks } from '@/components/links/staff-revoke-links';
import { DetailHeader } from '@/components/staff/detail-header';
import { revokeOrderLinksAction } from '@/lib/orders/link-admin-actions';
import type { OrderHoldDto } from '@/lib/orders/holds';
import type { OrderDetailDto } from '@/lib/orders/queries';
import type { OrderReturnsDto } from '@/lib/returns/admin-queries';
import { OrderPaymentCard, OrderShippingCard, OrderStatusCard, OrderTrackingCard } from './order-fact-cards';
import { OrderHoldBanner } from './order-hold-banner';
import { OrderItemsTable } from './order-items-table';

interface Props {
  order: OrderDetailDto;
  returns: OrderReturnsDto;
  /** Admins may clear a payment dispute; support agents are told to ask one. */
  canClearDispute: boolean;
  /** Set while the order may not ship (lib/orders/holds.ts); admins release it. */
  hold?: OrderHoldDto | null;
  /** The delivery form's default date, YYYY-MM-DD. */
  today: string;
}

/** The staff order page: what was bought and what happened on the left, the next step and the facts on the right. */
export function OrderDetailTemplate({ order, returns, canClearDispute, hold, today }: Props) {
  return (
    <>
      <DetailHeader back={{ href: '/admin/orders', label: 'All orders' }} title={`Order ${order.number}`}>
        <OrderStatusBadge status={order.status} />
        <span>
          Placed <When at={order.createdAt} /> by <span className="break-all">{order.email}</span>
        </span>
      </DetailHeader>
      {hold && <OrderHoldBanner number={order.number} hold={hold} canRelease={canClearDispute} />}
      {returns.disputed && <OrderDisputeBanner number={order.number} canClear={canClearDispute} />}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <OrderItemsTable order={order} />
          <OrderReturnsCard summary={returns} />
          <HistoryCard events={order.events} />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          {order.status === 'PAID' && !hold && (
            <Card id="ship" title="Ship this order">
              <ShipOrderForm number={order.number} />
            </Card>
          )}
          {order.status === 'SHIPPED' && (
            <Card id="deliver" title="Confirm delivery">
              <DeliverOrderForm number={order.number} today={today} />
            </Card>
          )}
          <OrderStatusCard order={order} />
          <OrderPaymentCard order={order} />
          <OrderShippingCard order={order} />
          <OrderTrackingCard order={order} />
          <StaffRevokeLinks action={revokeOrderLinksAction} number={order.number} what="this order and its returns" />
        </div>
      </div>
    </>
  );
}
