import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { freshLinkEmail } from '@/lib/email/link-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { formatOrderNumber } from './format';
import { ORDER_EMAIL_LINK_HOURS, orderLinkFor } from './links';

export interface ReissueDeps {
  appUrl: string;
  now?: Date;
  /** Staff pressed the button (the e-mail says so), rather than someone holding a link. */
  byStaff?: boolean;
}

/**
 * Revokes every link to the order issued until now, and the links to its
 * returns (the order page hands those out, so a leaked order link may have
 * minted them), and e-mails one fresh order link to the order's own address
 * in the same transaction. Nothing is shown to the caller.
 */
export async function reissueOrderLink(orderId: string, deps: ReissueDeps, client: DbOrTx = db): Promise<{ number: number }> {
  const now = deps.now ?? new Date();
  return inTransaction(client, async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, email: true } });
    if (!order) throw new AppError('NOT_FOUND', 'We could not find that order.');
    await tx.order.update({ where: { id: order.id }, data: { linksValidFrom: now } });
    await tx.returnRequest.updateMany({ where: { orderId: order.id }, data: { linksValidFrom: now } });
    await enqueueEmail(tx, {
      to: order.email,
      template: 'order-link-renewed',
      email: freshLinkEmail({
        what: `order ${formatOrderNumber(order.number)}`,
        url: orderLinkFor(deps.appUrl, order.id, order.email, { hours: ORDER_EMAIL_LINK_HOURS, now }),
        validDays: ORDER_EMAIL_LINK_HOURS / 24,
        byStaff: deps.byStaff ?? false,
      }),
    });
    return { number: order.number };
  });
}
