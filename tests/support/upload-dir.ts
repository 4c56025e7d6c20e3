import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Gives the running test file an upload directory (UPLOAD_DIR) of its own, removed after the file.
 * Called from tests/support/database-per-file.ts, so it is set before anything reads the environment.
 */
export function givePrivateUploadDir(): void {
  const dir = path.join(process.env.TMPDIR ?? '/tmp', `qlclaw-uploads-${randomBytes(6).toString('hex')}`);
  process.env.UPLOAD_DIR = dir;
  afterAll(() => rm(dir, { recursive: true, force: true }));
}

/** This test file's private upload directory. */
export function privateUploadDir(): string {
  const dir = process.env.UPLOAD_DIR;
  if (!dir) throw new Error('UPLOAD_DIR is not set: privateUploadDir() works in integration tests (tests/support/database-per-file.ts)');
  return dir;
}
