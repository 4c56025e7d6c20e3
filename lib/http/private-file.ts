import 'server-only';
import { isValidKey, openFile, storage, type FileStorage } from '@/lib/storage';
import { plainResponse } from './responses';

/**
 * Raster images a browser may show inline. Anything else (PDFs, SVG, a type
 * we never expected) is sent as a download, never rendered as a page of ours.
 */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']);

/**
 * Serves one private file: customers' return photos and ticket attachments.
 * The caller has already decided the asker may have it; a null key (they may
 * not) and a missing file are the same plain 404. Personal data: never cached,
 * never sniffed into another type, sandboxed if opened directly.
 */
export async function privateFileResponse(
  key: string | null | undefined,
  options: { fileName?: string } = {},
  store: FileStorage = storage(),
): Promise<Response> {
  // Streamed from the disk or the bucket as it is read, never a public or presigned URL: the check is on every view.
  const file = key && isValidKey(key) ? await openFile(store, key) : null;
  if (!key || !file) return plainResponse(404, 'Not found');
  const inline = INLINE_TYPES.has(file.contentType);
  return new Response(file.body, {
    headers: {
      'Content-Type': inline ? file.contentType : 'application/octet-stream',
      'Content-Length': String(file.size),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; ${fileNameParams(options.fileName ?? key.split('/').at(-1)!)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Re-checked on every view: kept out of shared caches and the browser's own.
      'Cache-Control': 'private, no-store',
    },
  });
}

/** The file name as a plain ASCII fallback and in full (RFC 6266 / RFC 5987), so no name can break the header. */
export function fileNameParams(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
