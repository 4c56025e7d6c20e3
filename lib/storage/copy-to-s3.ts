import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DiskStorage } from './disk';
import { isValidKey } from './keys';
import type { S3Storage } from './s3';

export interface CopyReport {
  /** Written to the bucket by this run. */
  copied: number;
  /** Already in the bucket with the same size and hash. */
  skipped: number;
  /** Files under the upload directory that are not stored files (a stray file, an interrupted write). */
  ignored: string[];
  failed: { key: string; error: string }[];
}

/** An interrupted write's temporary file (disk.ts writes `<file>.<12 hex>.tmp`, then renames it). */
const TEMPORARY = /\.[0-9a-f]{12}\.tmp$/;
const PARALLEL = 4;

/**
 * Copies every file the disk storage under `root` holds into the bucket, with its content type. Idempotent: a key
 * the bucket already holds with the same size and SHA-256 (recorded by S3Storage.put) or MD5 (its ETag) is skipped,
 * so a second run copies nothing and an interrupted one resumes. One file failing does not stop the others.
 */
export async function copyDiskToS3(
  root: string,
  bucket: S3Storage,
  onFile?: (key: string, outcome: 'copied' | 'skipped') => void,
): Promise<CopyReport> {
  const disk = new DiskStorage(root);
  const report: CopyReport = { copied: 0, skipped: 0, ignored: [], failed: [] };
  const { keys, ignored } = await storedKeys(disk.root);
  report.ignored.push(...ignored);
  const queue = [...keys];
  const worker = async () => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      try {
        const outcome = await copyOne(disk, bucket, key);
        if (outcome === 'missing') report.ignored.push(key);
        else {
          report[outcome] += 1;
          onFile?.(key, outcome);
        }
      } catch (error) {
        report.failed.push({ key, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return report;
}

async function copyOne(disk: DiskStorage, bucket: S3Storage, key: string): Promise<'copied' | 'skipped' | 'missing'> {
  const file = await disk.get(key);
  if (!file) return 'missing'; // no .meta.json beside it: never a complete write
  const head = await bucket.head(key);
  if (head && head.size === file.bytes.byteLength) {
    if (head.sha256 && head.sha256 === hash('sha256', file.bytes)) return 'skipped';
    if (!head.sha256 && head.md5 === hash('md5', file.bytes)) return 'skipped';
  }
  await bucket.put(key, file.bytes, file.contentType);
  return 'copied';
}

/** Every key under the root that has the shape of a stored file, and the relative paths of everything else. */
async function storedKeys(root: string): Promise<{ keys: string[]; ignored: string[] }> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`The upload directory ${root} does not exist: set UPLOAD_DIR to where the files are.`);
    throw error;
  });
  const keys: string[] = [];
  const ignored: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (relative.endsWith('.meta.json') && isValidKey(relative.slice(0, -'.meta.json'.length))) continue;
    if (isValidKey(relative) && !TEMPORARY.test(relative)) keys.push(relative);
    else ignored.push(relative);
  }
  return { keys: keys.sort(), ignored: ignored.sort() };
}

function hash(algorithm: 'sha256' | 'md5', bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest('hex');
}
