import { plainResponse } from '@/lib/http/responses';
import { isValidKey, PUBLIC_PREFIX, storage } from '@/lib/storage';

/**
 * Public uploads (covers today). Only keys under `public/` are served; keys
 * are content-addressed, so a URL's bytes never change and may be cached
 * for ever. Anything else, or a missing file, is a plain 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const key = (await params).key.join('/');
  if (!key.startsWith(PUBLIC_PREFIX) || !isValidKey(key)) return plainResponse(404, 'Not found');
  const file = await storage().get(key);
  if (!file) return plainResponse(404, 'Not found');
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
