import 'server-only';
import { env, type Env } from '@/lib/env';
import { DiskStorage } from './disk';
import { S3Storage, type S3Settings } from './s3';
import type { FileStorage } from './types';

export type StorageEnv = Pick<
  Env,
  'UPLOAD_DIR' | 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'
>;

let configured: FileStorage | undefined;

/** The storage this instance is configured with: the bucket named by S3_BUCKET, else the disk under UPLOAD_DIR. */
export function storage(): FileStorage {
  configured ??= storageOf(env());
  return configured;
}

export function storageOf(settings: StorageEnv): FileStorage {
  const s3 = s3SettingsOf(settings);
  return s3 ? new S3Storage(s3) : new DiskStorage(settings.UPLOAD_DIR);
}

/** The bucket settings, or null when S3_BUCKET is unset (the disk storage). */
export function s3SettingsOf(settings: StorageEnv): S3Settings | null {
  if (!settings.S3_BUCKET) return null;
  return {
    bucket: settings.S3_BUCKET,
    region: settings.S3_REGION,
    endpoint: settings.S3_ENDPOINT,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    accessKeyId: settings.S3_ACCESS_KEY_ID,
    secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
  };
}
