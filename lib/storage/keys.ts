import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors';

/**
 * Keys are paths like `public/covers/3f9a….png`: lowercase letters, digits,
 * `.`, `_`, `-` and `/` between non-empty segments. No segment may be `..` or
 * start with a dot, so a key can never leave the storage root, and none may
 * end in `.meta.json`, which the disk storage keeps beside each file.
 */
const KEY = /^[a-z0-9._-]+(\/[a-z0-9._-]+)*$/;
const META_SUFFIX = '.meta.json';

/** Files under this prefix are served to anyone at /media/<key>. */
export const PUBLIC_PREFIX = 'public/';

export function isValidKey(key: string): boolean {
  if (key.length > 512 || !KEY.test(key) || key.endsWith(META_SUFFIX)) return false;
  return key.split('/').every((segment) => !segment.startsWith('.'));
}

export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new AppError('UNPROCESSABLE', `Not a valid storage key: ${JSON.stringify(key.slice(0, 80))}.`);
}

export function metaKeyOf(key: string): string {
  return `${key}${META_SUFFIX}`;
}

/**
 * A content-addressed key: the same bytes always get the same key, so the
 * file behind a URL never changes and can be cached for ever.
 */
export function contentKey(prefix: string, bytes: Uint8Array, extension: string): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const key = `${prefix.replace(/\/+$/, '')}/${hash}.${extension}`;
  assertValidKey(key);
  return key;
}

/**
 * The app's own path for a public key (app/media/[...key]/route.ts). This, not a full URL, is what the database
 * keeps (an article's cover): it names the file whatever the storage or CDN, so changing either breaks no article.
 * `publicUrlOf` turns it into the URL pages link to.
 */
export function mediaPathOf(key: string): string {
  if (!key.startsWith(PUBLIC_PREFIX)) throw new AppError('INTERNAL', `Key ${key} is not public.`);
  return `${MEDIA_PATH}${key}`;
}

export const MEDIA_PATH = '/media/';
