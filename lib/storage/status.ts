import 'server-only';
import { log } from '@/lib/observability/log';
import { storage } from './configured';
import { S3Storage } from './s3';
import type { FileStorage } from './types';

export interface StorageStatus {
  engine: 'disk' | 's3';
  ok: boolean;
}

/**
 * For the health check: whether this instance can reach its file storage. The bucket gets one HeadBucket
 * (no object is read; 2 s at most); the disk is taken as up. The error is logged, never returned: the
 * health answer names the dependency, not its error text.
 */
export async function storageStatus(store: FileStorage = storage(), timeoutMs = 2_000): Promise<StorageStatus> {
  if (!(store instanceof S3Storage)) return { engine: 'disk', ok: true };
  try {
    await store.ping(timeoutMs);
    return { engine: 's3', ok: true };
  } catch (error) {
    log.warn({ err: error, bucket: store.bucket }, 'object storage is unreachable');
    return { engine: 's3', ok: false };
  }
}
