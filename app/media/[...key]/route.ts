import { plainResponse } from '@/lib/http/responses';
import { isValidKey, openFile, PUBLIC_PREFIX, storage } from '@/lib/storage';

/**
 * Public uploads (covers today), from whichever storage is configured (disk or bucket), streamed as they are
 * read. Only keys under `public/` are served; keys are content-addressed, so a URL's bytes never change and a
 * CDN or browser may keep them for a year. Anything else, or a missing file, is a plain 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const key = (await params).key.join('/');
  if (!key.startsWith(PUBLIC_PREFIX) || !isValidKey(key)) return plainResponse(404, 'Not found');
  const file = await openFile(storage(), key);
  if (!file) return plainResponse(404, 'Not found');
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
