import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

/**
 * The log of provider events received. An event is acted on until it has
 * been processed once; a redelivery after that is answered as a duplicate.
 */

/** Records the event, or reads back the earlier record of it, in one round trip. */
export async function recordWebhookEvent(
  event: { id: string; provider: string; type: string },
  client: DbOrTx = db,
): Promise<{ processed: boolean }> {
  const [seen] = await client.$queryRaw<{ processedAt: Date | null }[]>`
    INSERT INTO "WebhookEvent" (id, provider, type) VALUES (${event.id}, ${event.provider}, ${event.type})
    ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
    RETURNING "processedAt"`;
  return { processed: Boolean(seen?.processedAt) };
}

export async function markWebhookEventProcessed(id: string, options: { now?: Date } = {}, client: DbOrTx = db): Promise<void> {
  await client.webhookEvent.update({ where: { id }, data: { processedAt: options.now ?? new Date() } });
}
