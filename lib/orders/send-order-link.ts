import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { orderLookupEmail } from '@/lib/email/order-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { formatOrderNumber } from './format';
import { ORDER_LINK_HOURS, orderLinkFor } from './links';
import { PAID_OR_LATER } from './policy';

/**
 * A guest asked for a link to an order. It goes only to the order's own
 * address, and only when the number and e-mail match a placed order; the
 * caller answers the same either way, so the form reveals nothing.
 */
export async function sendOrderLink(request: { number: number; email: string }, appUrl: string, client: DbOrTx = db): Promise<void> {
  const { number, email } = request;
  const order = await client.order.findFirst({
    where: { number, email, status: { in: [...PAID_OR_LATER] } },
    select: { id: true },
  });
  if (!order) return;
  await enqueueEmail(client, {
    to: email,
    template: 'order-lookup',
    email: orderLookupEmail({
      number: formatOrderNumber(number),
      url: orderLinkFor(appUrl, order.id, email),
      validHours: ORDER_LINK_HOURS,
    }),
  });
}
