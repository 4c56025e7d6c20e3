import 'server-only';
import { contentKey, mediaPathOf } from './keys';
import { storage } from './configured';
import type { FileStorage } from './types';

export type { FileStorage, FileStream, StoredFile } from './types';
export { openFile } from './types';
export { DiskStorage } from './disk';
export { S3Storage, type ObjectHead, type S3Settings } from './s3';
export { s3SettingsOf, storage, storageOf, type StorageEnv } from './configured';
export { contentKey, isValidKey, MEDIA_PATH, mediaPathOf, PUBLIC_PREFIX } from './keys';
export { publicUrlOf, publicUrlOfStored } from './urls';
export { storageStatus, type StorageStatus } from './status';

/**
 * Stores a validated public upload under a content-addressed key (`<prefix>/<sha256 prefix>.<ext>`) and returns
 * its `/media/…` path: the reference to keep in the database (`publicUrlOfStored` makes the URL to link).
 */
export async function putPublicFile(
  prefix: string,
  upload: { bytes: Uint8Array; contentType: string; extension: string },
  store: FileStorage = storage(),
): Promise<string> {
  const key = contentKey(prefix, upload.bytes, upload.extension);
  await store.put(key, upload.bytes, upload.contentType);
  return mediaPathOf(key);
}
