import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { storage, type FileStorage } from '@/lib/storage';
import { UPLOAD_LOCK } from './upload-quotas';

/**
 * Deletes support files that no saved message kept: a form abandoned after its files were stored, or a message
 * whose save failed. A file is abandoned once its newest upload is older than `graceMs` (a form still being saved
 * is never that slow) and no attachment names its key; keys are content-addressed, so one file may serve several
 * messages and is kept while any does. The check and the delete hold the uploads' lock, so a new upload of the
 * same bytes either comes first (and keeps the file) or writes it again afterwards. Ledger rows are kept for the
 * quotas' 24 hours and pruned after `keepMs`. Safe on several instances at once: deleting twice is harmless.
 */
export const ABANDONED_AFTER_MS = 60 * 60_000;
const KEEP_LEDGER_MS = 2 * 86_400_000;
const BATCH = 200;

export async function sweepAbandonedUploads(
  options: { now: Date; graceMs?: number; store?: FileStorage },
  client: DbOrTx = db,
): Promise<{ deleted: number; pruned: number }> {
  const cutoff = new Date(options.now.getTime() - (options.graceMs ?? ABANDONED_AFTER_MS));
  const store = options.store ?? storage();
  const deleted = await inTransaction(client, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${UPLOAD_LOCK}))`;
    const rows = await tx.$queryRaw<{ key: string }[]>`
      SELECT DISTINCT u."key" FROM "SupportUpload" u
      WHERE u."sweptAt" IS NULL AND u."createdAt" < ${cutoff}
        AND NOT EXISTS (SELECT 1 FROM "TicketAttachment" a WHERE a."key" = u."key")
        AND NOT EXISTS (SELECT 1 FROM "SupportUpload" v WHERE v."key" = u."key" AND v."createdAt" >= ${cutoff})
      LIMIT ${BATCH}`;
    const keys = rows.map((row) => row.key);
    for (const key of keys) await store.delete(key);
    if (keys.length) await tx.supportUpload.updateMany({ where: { key: { in: keys }, sweptAt: null }, data: { sweptAt: options.now } });
    return keys.length;
  });
  // Kept files' rows too: by then they only ever counted towards a day's quota.
  const { count: pruned } = await client.supportUpload.deleteMany({
    where: { createdAt: { lt: new Date(options.now.getTime() - KEEP_LEDGER_MS) } },
  });
  return { deleted, pruned };
}
