import 'server-only';
import { refreshStockPagesOf } from '@/lib/catalog/stock-pages';
import { db, type DbOrTx } from '@/lib/db';
import { reconcileCheckout } from './fulfil';
import { refundDueOversold } from './oversold';
import type { PaymentProvider } from './provider';
import { releaseOrder } from './release';

/**
 * Finds checkouts that should have ended but never reported back (a lost
 * webhook, a closed tab) and settles them: paid ones are fulfilled, the rest
 * are ended at the provider and their stock released.
 */
export interface SweepDeps {
  provider: PaymentProvider;
  appUrl: string;
  now?: Date;
  graceMs?: number;
}

export async function sweepExpiredCheckouts(deps: SweepDeps, client: DbOrTx = db): Promise<{ fulfilled: number; released: number }> {
  const now = deps.now ?? new Date();
  const cutoff = new Date(now.getTime() - (deps.graceMs ?? 2 * 60_000));
  const stale = await client.order.findMany({
    where: {
      status: 'PENDING',
      OR: [{ checkoutExpiresAt: { lt: cutoff } }, { checkoutSessionId: null, createdAt: { lt: new Date(now.getTime() - 15 * 60_000) } }],
    },
    select: { id: true, checkoutSessionId: true },
    take: 100,
    orderBy: { checkoutExpiresAt: 'asc' },
  });
  const tally = { fulfilled: 0, released: 0 };
  const reconcileDeps = { provider: deps.provider, appUrl: deps.appUrl, now: () => now };
  for (const order of stale) {
    if (!order.checkoutSessionId) {
      if (await releaseOrder(order.id, 'no payment session was ever opened.', { now }, client)) {
        tally.released++;
        await refreshStockPagesOf({ orderId: order.id }, client);
      }
      continue;
    }
    let result = await reconcileCheckout(order.checkoutSessionId, reconcileDeps, client);
    if (result.outcome === 'pending') {
      await deps.provider.expireSession(order.checkoutSessionId);
      result = await reconcileCheckout(order.checkoutSessionId, reconcileDeps, client);
      if (result.outcome === 'pending' && (await releaseOrder(order.id, 'the checkout never reported back.', { now }, client))) {
        result = { ...result, outcome: 'released' };
        await refreshStockPagesOf({ orderId: order.id }, client);
      }
    }
    if (result.outcome === 'fulfilled') tally.fulfilled++;
    if (result.outcome === 'released') tally.released++;
  }
  // Oversold payments whose refund the provider did not take the first time.
  await refundDueOversold(deps.provider, client);
  return tally;
}
