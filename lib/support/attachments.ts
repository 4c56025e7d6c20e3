import 'server-only';
import { contentKey, storage } from '@/lib/storage';
import { validateUpload } from '@/lib/storage/sniff';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE } from './schemas';
import type { StoredAttachment } from './service';

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

export async function storeAttachments(files: Extract<AttachmentCheck, { ok: true }>['files']): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  for (const file of files) {
    const key = contentKey(ATTACHMENT_PREFIX, file.bytes, file.extension);
    await storage().put(key, file.bytes, file.contentType);
    stored.push({ key, fileName: file.name.slice(0, 200), contentType: file.contentType, size: file.bytes.byteLength });
  }
  return stored;
}
