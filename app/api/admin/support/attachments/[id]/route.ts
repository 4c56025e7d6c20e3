import { plainResponse, staffRefusal } from '@/lib/http/responses';
import { isValidKey, storage } from '@/lib/storage';
import { findAttachmentForStaff } from '@/lib/support/admin-queries';

export const dynamic = 'force-dynamic';

/** Types a browser may render inline; anything else (PDFs too) is sent as a download, never as a page. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

/**
 * Files customers attached to their tickets, for staff only. Served by the
 * attachment's id, so only a file some ticket message holds can be fetched.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const refused = await staffRefusal();
  if (refused) return refused;
  const attachment = await findAttachmentForStaff((await context.params).id);
  if (!attachment || !isValidKey(attachment.key)) return plainResponse(404, 'Not found');
  const file = await storage().get(attachment.key);
  if (!file) return plainResponse(404, 'Not found');
  const inline = INLINE_TYPES.has(file.contentType);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': inline ? file.contentType : 'application/octet-stream',
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; ${fileNameParams(attachment.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Personal data: kept out of shared caches, and re-checked on every view.
      'Cache-Control': 'private, no-store',
    },
  });
}

/** The customer's file name, as a plain ASCII fallback and in full (RFC 6266). */
function fileNameParams(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
