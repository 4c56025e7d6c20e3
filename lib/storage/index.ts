import 'server-only';
import { env } from '@/lib/env';
import { DiskStorage } from './disk';
import { contentKey, publicUrlOf } from './keys';
import type { FileStorage } from './types';

export type { FileStorage, StoredFile } from './types';
export { DiskStorage } from './disk';
export { contentKey, isValidKey, PUBLIC_PREFIX, publicUrlOf } from './keys';

let configured: FileStorage | undefined;

/** The storage this instance is configured with (today: the disk under UPLOAD_DIR). */
export function storage(): FileStorage {
  configured ??= new DiskStorage(env().UPLOAD_DIR);
  return configured;
}

/**
 * Stores a validated public upload under a content-addressed key
 * (`<prefix>/<sha256 prefix>.<ext>`) and returns the URL it is served at.
 */
export async function putPublicFile(
  prefix: string,
  upload: { bytes: Uint8Array; contentType: string; extension: string },
  store: FileStorage = storage(),
): Promise<string> {
  const key = contentKey(prefix, upload.bytes, upload.extension);
  await store.put(key, upload.bytes, upload.contentType);
  return publicUrlOf(key);
}
