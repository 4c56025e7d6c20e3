import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

/**
 * The log of provider events received. An event is recorded when it arrives and marked processed when its job
 * (lib/payments/fulfil-task.ts) has acted on it; a redelivery is answered as a duplicate.
 */

/**
 * Records the event, or reads back the earlier record of it, in one round trip. The row stays locked until the
 * caller's transaction ends, so concurrent deliveries of one event are decided one after another.
 */
export async function recordWebhookEvent(
  event: { id: string; provider: string; type: string },
  client: DbOrTx = db,
): Promise<{ firstDelivery: boolean; processed: boolean }> {
  const [seen] = await client.$queryRaw<{ processedAt: Date | null; inserted: boolean }[]>`
    INSERT INTO "WebhookEvent" (id, provider, type) VALUES (${event.id}, ${event.provider}, ${event.type})
    ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
    RETURNING "processedAt", (xmax = 0) AS inserted`;
  return { firstDelivery: Boolean(seen?.inserted), processed: Boolean(seen?.processedAt) };
}

/** Whether a job for this event is still queued, running or failed (graphile-worker deletes a job once it succeeds). */
export async function eventJobExists(eventId: string, client: DbOrTx = db): Promise<boolean> {
  const rows = await client.$queryRaw<unknown[]>`SELECT 1 FROM graphile_worker.jobs WHERE key = ${eventId} LIMIT 1`;
  return rows.length > 0;
}

export async function markWebhookEventProcessed(id: string, options: { now?: Date } = {}, client: DbOrTx = db): Promise<void> {
  await client.webhookEvent.update({ where: { id }, data: { processedAt: options.now ?? new Date() } });
}
