import { env } from '@/lib/env';
import { isValidKey, MEDIA_PATH, mediaPathOf, PUBLIC_PREFIX } from './keys';

/**
 * The URL pages link a public file at: under S3_PUBLIC_URL (a CDN or the bucket's public path) when it is set,
 * else the app's /media route, which any instance answers from the shared storage. Keys are content-addressed,
 * so either URL may be cached for ever.
 */
export function publicUrlOf(key: string, base: string | undefined = env().S3_PUBLIC_URL): string {
  const path = mediaPathOf(key);
  return base ? `${base}/${key}` : path;
}

/**
 * The URL for a stored reference to a file (an article's `coverImagePath`): `/media/public/…` follows the current
 * settings; anything else (a static `/images/…` asset, an external URL) is left as it is.
 */
export function publicUrlOfStored(stored: string, base: string | undefined = env().S3_PUBLIC_URL): string {
  if (!stored.startsWith(MEDIA_PATH + PUBLIC_PREFIX)) return stored;
  const key = stored.slice(MEDIA_PATH.length);
  return isValidKey(key) ? publicUrlOf(key, base) : stored;
}
