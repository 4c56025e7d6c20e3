import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

/**
 * Each scheduled job (a sweep) writes its runs to JobHeartbeat, so staff and the health check can see one that has
 * stopped: lastStartedAt when a run starts; runs + 1, lastFinishedAt and lastError (null when it went well) when it
 * ends. Both are single upserts (INSERT … ON CONFLICT), safe when runs on several workers overlap.
 */
export async function recordRunStarted(name: string, at: Date, client: DbOrTx = db): Promise<void> {
  await client.jobHeartbeat.upsert({ where: { name }, create: { name, lastStartedAt: at }, update: { lastStartedAt: at } });
}

export async function recordRunFinished(name: string, at: Date, error: string | null, client: DbOrTx = db): Promise<void> {
  await client.jobHeartbeat.upsert({
    where: { name },
    create: { name, runs: 1, lastStartedAt: at, lastFinishedAt: at, lastError: error },
    update: { runs: { increment: 1 }, lastFinishedAt: at, lastError: error },
  });
}
