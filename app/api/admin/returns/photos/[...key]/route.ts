import { plainResponse, staffRefusal } from '@/lib/http/responses';
import { isReturnPhoto, RETURN_PHOTO_PREFIX } from '@/lib/returns/admin-queries';
import { isValidKey, storage } from '@/lib/storage';

export const dynamic = 'force-dynamic';

/** Types a browser may render inline; anything else is sent as a download, never as a page. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic']);

/**
 * The customers' return photos, for staff only. A key is served only if it is
 * under `private/returns/` and a return lists it, so this never becomes a
 * window onto the rest of the private storage.
 */
export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const refused = await staffRefusal();
  if (refused) return refused;
  const key = (await context.params).key.join('/');
  if (!key.startsWith(RETURN_PHOTO_PREFIX) || !isValidKey(key) || !(await isReturnPhoto(key))) return plainResponse(404, 'Not found');
  const file = await storage().get(key);
  if (!file) return plainResponse(404, 'Not found');
  const inline = INLINE_TYPES.has(file.contentType);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': inline ? file.contentType : 'application/octet-stream',
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': inline ? 'inline' : 'attachment',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Personal data: kept out of shared caches, and re-checked on every view.
      'Cache-Control': 'private, no-store',
    },
  });
}
