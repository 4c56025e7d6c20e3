import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { contentKey, storage } from '@/lib/storage';
import { validateUpload } from '@/lib/storage/sniff';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE } from './schemas';
import type { StoredAttachment } from './service';
import { reserveUploads, type UploadOwner } from './upload-quotas';

/** Ticket attachments: images and PDFs, checked by their bytes, kept privately. */
export const ATTACHMENT_PREFIX = 'private/support';

export type AttachmentCheck =
  { ok: true; files: { name: string; bytes: Uint8Array; contentType: string; extension: string }[] } | { ok: false; message: string };

/** Validates every file first; nothing is stored unless all pass. */
export async function checkAttachments(files: File[]): Promise<AttachmentCheck> {
  const chosen = files.filter((f) => f.size > 0);
  if (chosen.length > ATTACHMENTS_PER_MESSAGE) return { ok: false, message: `Attach up to ${ATTACHMENTS_PER_MESSAGE} files.` };
  const out = [];
  for (const file of chosen) {
    const check = await validateUpload(file, { allowed: ATTACHMENT_KINDS, maxBytes: ATTACHMENT_MAX_BYTES });
    if (!check.ok) return { ok: false, message: `${file.name || 'A file'}: ${check.message}` };
    out.push({
      name: file.name || `attachment.${check.extension}`,
      bytes: check.bytes,
      contentType: check.contentType,
      extension: check.extension,
    });
  }
  return { ok: true, files: out };
}

/**
 * Stores checked files for `owner`, within the upload quotas (upload-quotas.ts): over one, nothing is stored and
 * the error says which. Each file is recorded before its bytes are written, so one whose message is never saved is
 * swept (upload-sweep.ts).
 */
export async function storeAttachments(
  files: Extract<AttachmentCheck, { ok: true }>['files'],
  owner: UploadOwner,
  now = new Date(),
  client: DbOrTx = db,
): Promise<StoredAttachment[]> {
  const keyed = files.map((file) => ({
    ...file,
    key: contentKey(ATTACHMENT_PREFIX, file.bytes, file.extension),
    size: file.bytes.byteLength,
  }));
  const quota = await reserveUploads(keyed, owner, now, client);
  if (!quota.ok) throw new AppError('RATE_LIMITED', quota.message);
  const stored: StoredAttachment[] = [];
  for (const file of keyed) {
    await storage().put(file.key, file.bytes, file.contentType);
    stored.push({ key: file.key, fileName: file.name.slice(0, 200), contentType: file.contentType, size: file.size });
  }
  return stored;
}
