import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { DEFAULT_RETURN_SETTINGS } from './settings';
import { CANCELLABLE_STATUSES } from './policy';
import { assertCancellable, notify, transition, type ReturnDeps } from './service';

/** The staff's and the customer's steps on a return, each applied once. */

export async function approveReturn(returnId: string, actor: string, deps: ReturnDeps, client: DbOrTx = db): Promise<void> {
  const now = deps.now ?? new Date();
  const days = (deps.settings ?? DEFAULT_RETURN_SETTINGS).awaitItemDays;
  await inTransaction(client, (tx) =>
    transition(
      returnId,
      ['REQUESTED'],
      {
        to: 'APPROVED',
        data: { approvedAt: now, expiresAt: new Date(now.getTime() + days * 86_400_000) },
        event: 'approved',
        message: 'Approved.',
        actor,
        email: 'approved',
      },
      { ...deps, now },
      tx,
    ),
  );
}

export async function rejectReturn(returnId: string, reason: string, actor: string, deps: ReturnDeps, client: DbOrTx = db): Promise<void> {
  const now = deps.now ?? new Date();
  await inTransaction(client, (tx) =>
    transition(
      returnId,
      ['REQUESTED', 'APPROVED'],
      {
        to: 'REJECTED',
        data: { rejectionReason: reason, closedAt: now },
        event: 'rejected',
        message: `Rejected: ${reason}`,
        actor,
        email: 'rejected',
        detail: reason,
      },
      { ...deps, now },
      tx,
    ),
  );
}

/** The parcel is back. Units in sellable condition go back into stock, once. */
export async function markReceived(
  returnId: string,
  input: { conditionNotes: string; sellable: boolean },
  actor: string,
  deps: ReturnDeps,
  client: DbOrTx = db,
): Promise<void> {
  const now = deps.now ?? new Date();
  await inTransaction(client, async (tx) => {
    await transition(
      returnId,
      ['APPROVED'],
      {
        to: 'RECEIVED',
        data: { receivedAt: now, conditionNotes: input.conditionNotes, restocked: input.sellable },
        event: 'received',
        message: `Item received${input.sellable ? ' in sellable condition and restocked' : ''}. ${input.conditionNotes}`.trim(),
        actor,
        email: 'received',
      },
      { ...deps, now },
      tx,
    );
    if (input.sellable) {
      await tx.$executeRaw`
        UPDATE "ProductVariant" v SET stock = v.stock + r.quantity, "updatedAt" = ${now}
          FROM (SELECT oi."variantId", sum(ri.quantity)::int AS quantity
                  FROM "ReturnItem" ri JOIN "OrderItem" oi ON oi.id = ri."orderItemId"
                 WHERE ri."returnId" = ${returnId} GROUP BY oi."variantId") r
         WHERE v.id = r."variantId"`;
    }
  });
}

/** The customer may withdraw a request until the item has arrived, and not once a refund is on its way. */
export async function cancelReturn(returnId: string, actor: string, deps: ReturnDeps, client: DbOrTx = db): Promise<void> {
  const now = deps.now ?? new Date();
  await inTransaction(client, async (tx) => {
    await assertCancellable(returnId, tx);
    await transition(
      returnId,
      [...CANCELLABLE_STATUSES],
      { to: 'CANCELLED', data: { closedAt: now }, event: 'cancelled', message: 'Cancelled by the customer.', actor },
      { ...deps, now },
      tx,
    );
  });
}

/** Reminds, then expires, approved returns whose item never arrived. Run as a background job (lib/jobs). */
export async function sweepApprovedReturns(deps: ReturnDeps, client: DbOrTx = db): Promise<{ reminded: number; expired: number }> {
  const now = deps.now ?? new Date();
  const settings = deps.settings ?? DEFAULT_RETURN_SETTINGS;
  const remindBefore = new Date(now.getTime() + settings.reminderDaysBefore * 86_400_000);
  const due = await client.returnRequest.findMany({
    where: { status: 'APPROVED', expiresAt: { lte: remindBefore } },
    select: { id: true, expiresAt: true, reminderSentAt: true },
    take: 200,
  });
  const tally = { reminded: 0, expired: 0 };
  for (const ret of due) {
    if (ret.expiresAt! <= now) {
      await inTransaction(client, (tx) =>
        transition(
          ret.id,
          ['APPROVED'],
          {
            to: 'EXPIRED',
            data: { closedAt: now },
            event: 'expired',
            message: 'Expired: the item did not arrive in time.',
            actor: 'system',
            email: 'expired',
          },
          { ...deps, now },
          tx,
        ),
      );
      tally.expired++;
    } else if (!ret.reminderSentAt) {
      await inTransaction(client, async (tx) => {
        const { count } = await tx.returnRequest.updateMany({ where: { id: ret.id, reminderSentAt: null }, data: { reminderSentAt: now } });
        if (count) await notify(ret.id, { step: 'reminder', detail: ret.expiresAt!.toISOString().slice(0, 10) }, { ...deps, now }, tx);
      });
      tally.reminded++;
    }
  }
  return tally;
}
