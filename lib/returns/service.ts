import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import type { ReturnReason, ReturnStatus } from '@/lib/db/generated/enums';
import { returnStepEmail, type ReturnStep } from '@/lib/email/return-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { formatReturnNumber } from './format';
import { returnLinkFor } from './links';
import { REFUND_UNDER_WAY_MESSAGE, refundUnderWay, returnWindow } from './policy';
import { returnableUnits } from './queries';
import { DEFAULT_RETURN_SETTINGS, type ReturnSettings } from './settings';

/**
 * A return's life: requested → approved (or rejected) → received → refunded,
 * or cancelled by the customer before it arrives, or expired. Every step is a
 * conditional update inside a transaction, recorded in the return's history
 * and e-mailed, so two clicks or two staff members change it once.
 */
export interface ReturnDeps {
  appUrl: string;
  now?: Date;
  settings?: ReturnSettings;
}

export async function requestReturn(
  input: {
    orderId: string;
    items: { orderItemId: string; quantity: number }[];
    reason: ReturnReason;
    comment?: string | null;
    photoKeys?: string[];
  },
  actor: { email: string },
  deps: ReturnDeps,
  client: DbOrTx = db,
): Promise<{ id: string; number: string; status: ReturnStatus }> {
  const now = deps.now ?? new Date();
  const settings = deps.settings ?? DEFAULT_RETURN_SETTINGS;
  const wanted = input.items.filter((i) => i.quantity > 0);
  if (wanted.length === 0) throw new AppError('UNPROCESSABLE', 'Choose at least one item to return.');
  return inTransaction(client, async (tx) => {
    // One request at a time per order, so two tabs cannot both return the last unit.
    const [order] = await tx.$queryRaw<
      { status: string; email: string; shippedAt: Date | null; deliveredAt: Date | null; disputed: boolean }[]
    >`
      SELECT status, email, "shippedAt", "deliveredAt", disputed FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
    if (!order) throw new AppError('NOT_FOUND', 'That order does not exist.');
    const window = returnWindow(order, now);
    if (!window.open) {
      throw new AppError(
        'CONFLICT',
        window.reason === 'expired'
          ? 'The 60-day return window for this order has closed.'
          : 'This order cannot be returned until it has shipped.',
      );
    }
    const open = await returnableUnits(input.orderId, tx);
    for (const item of wanted) {
      const left = open.get(item.orderItemId);
      if (left === undefined) throw new AppError('UNPROCESSABLE', 'That item is not part of this order.');
      if (item.quantity > left)
        throw new AppError(
          'CONFLICT',
          left === 0 ? 'That item has already been returned.' : `Only ${left} of that item can still be returned.`,
        );
    }
    const approve = settings.autoApproveReasons.includes(input.reason);
    const created = await tx.returnRequest.create({
      data: {
        orderId: input.orderId,
        reason: input.reason,
        comment: input.comment ?? null,
        photoKeys: input.photoKeys ?? [],
        email: order.email,
        status: approve ? 'APPROVED' : 'REQUESTED',
        approvedAt: approve ? now : null,
        expiresAt: approve ? new Date(now.getTime() + settings.awaitItemDays * 86_400_000) : null,
        items: { create: wanted },
        events: {
          create: [
            { type: 'requested', message: 'Return requested.', actor: actor.email, createdAt: now },
            ...(approve ? [{ type: 'approved', message: 'Approved automatically under the guarantee.', createdAt: now }] : []),
          ],
        },
      },
      select: { id: true, number: true, status: true },
    });
    await notify(created.id, { step: approve ? 'approved' : 'requested' }, deps, tx);
    return { id: created.id, number: formatReturnNumber(created.number), status: created.status };
  });
}

/** Moves a return from one of `from` to `to`; refuses (409) if another change got there first. */
export async function transition(
  returnId: string,
  from: ReturnStatus[],
  change: {
    to: ReturnStatus;
    data?: Record<string, unknown>;
    event: string;
    message: string;
    actor: string;
    email?: ReturnStep;
    detail?: string;
  },
  deps: ReturnDeps,
  tx: DbOrTx,
): Promise<void> {
  const { count } = await tx.returnRequest.updateMany({
    where: { id: returnId, status: { in: from } },
    data: { status: change.to, ...change.data },
  });
  if (count === 0) {
    const current = await tx.returnRequest.findUnique({ where: { id: returnId }, select: { status: true } });
    if (!current) throw new AppError('NOT_FOUND', 'That return does not exist.');
    throw new AppError('CONFLICT', `This return is ${current.status.toLowerCase()}: it cannot be ${change.event} now.`);
  }
  await tx.returnEvent.create({
    data: { returnId, type: change.event, message: change.message, actor: change.actor, createdAt: deps.now },
  });
  if (change.email) await notify(returnId, { step: change.email, detail: change.detail }, deps, tx);
}

/** E-mails the customer about a step, once per step and return, in the transaction that took the step. */
export async function notify(
  returnId: string,
  message: { step: ReturnStep; detail?: string },
  deps: ReturnDeps,
  tx: DbOrTx,
): Promise<void> {
  const { step, detail } = message;
  const ret = await tx.returnRequest.findUniqueOrThrow({ where: { id: returnId }, select: { number: true, email: true } });
  await enqueueEmail(tx, {
    to: ret.email,
    template: `return-${step}`,
    dedupeKey: `return-${step}:${returnId}`,
    email: returnStepEmail(step, {
      number: formatReturnNumber(ret.number),
      statusUrl: returnLinkFor(deps.appUrl, returnId, ret.email, deps.now),
      detail,
    }),
  });
}

/**
 * Refuses to cancel a return whose refund is pending or paid. Locks the
 * return first, as `refundReturn` does, so a refund and a cancel never both
 * get through.
 */
export async function assertCancellable(returnId: string, tx: DbOrTx): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "ReturnRequest" WHERE id = ${returnId} FOR UPDATE`;
  const refunds = await tx.refund.findMany({ where: { returnId }, select: { status: true } });
  if (refundUnderWay(refunds.map((r) => r.status))) throw new AppError('CONFLICT', REFUND_UNDER_WAY_MESSAGE);
}
