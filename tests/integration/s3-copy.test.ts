import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskStorage, S3Storage } from '@/lib/storage';
import { JPEG, PNG } from '../factories/files';
import { S3RVER_CREDENTIALS, startS3 } from '../support/s3-server';
import { privateUploadDir } from '../support/upload-dir';

const s3 = await startS3();
afterAll(() => s3.stop());
const uploadDir = privateUploadDir();
const bucket = new S3Storage({
  bucket: s3.bucket,
  region: 'us-east-1',
  endpoint: s3.endpoint,
  forcePathStyle: true,
  ...S3RVER_CREDENTIALS,
});
afterAll(() => bucket.client.destroy());

/** Runs `npm run storage:copy-to-s3` as an operator would, with only these settings. */
async function copyCommand(settings: Record<string, string | undefined>): Promise<{ code: number; output: string }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' as const, UPLOAD_DIR: uploadDir, ...settings };
  const args = ['--conditions=react-server', '--import', 'tsx', 'scripts/copy-uploads-to-s3.ts'];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { env, cwd: process.cwd(), timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('npm run storage:copy-to-s3', () => {
  it('copies the disk uploads with their content types, and a second run copies nothing', async () => {
    const disk = new DiskStorage(uploadDir);
    await disk.put('public/covers/0a1b.png', PNG, 'image/png');
    await disk.put('private/returns/r1/photo-1.jpg', JPEG, 'image/jpeg');
    await disk.put('private/support/t1/receipt.pdf', new TextEncoder().encode('%PDF-1.4'), 'application/pdf');
    // Neither is a stored file: an interrupted write's temporary file and something an operator left there.
    await writeFile(path.join(uploadDir, 'private/returns/r1/photo-1.jpg.0123456789ab.tmp'), 'half');
    await mkdir(path.join(uploadDir, 'notes'), { recursive: true });
    await writeFile(path.join(uploadDir, 'notes/README.TXT'), 'hello');

    const first = await copyCommand(s3.env);
    expect(first.output).toContain('3 copied, 0 already there, 0 failed, 2 ignored.');
    expect(first.code).toBe(0);
    expect(await bucket.get('public/covers/0a1b.png')).toEqual({ bytes: PNG, contentType: 'image/png' });
    expect(await bucket.get('private/returns/r1/photo-1.jpg')).toEqual({ bytes: JPEG, contentType: 'image/jpeg' });
    expect((await bucket.get('private/support/t1/receipt.pdf'))?.contentType).toBe('application/pdf');
    expect(await bucket.get('private/returns/r1/photo-1.jpg.0123456789ab.tmp')).toBeNull();

    const second = await copyCommand(s3.env);
    expect(second.output).toContain('0 copied, 3 already there, 0 failed, 2 ignored.');
    expect(second.code).toBe(0);

    // A key whose bytes differ from the bucket's copy is copied again.
    await disk.put('public/covers/0a1b.png', JPEG, 'image/jpeg');
    expect((await copyCommand(s3.env)).output).toContain('1 copied, 2 already there');
    expect(await bucket.get('public/covers/0a1b.png')).toEqual({ bytes: JPEG, contentType: 'image/jpeg' });
  });

  it('refuses to run without S3_BUCKET, with half the credentials, or against a bucket it cannot use', async () => {
    const unset = await copyCommand({});
    expect(unset).toMatchObject({ code: 1 });
    expect(unset.output).toContain('S3_BUCKET is not set');

    const halfKey = await copyCommand({ ...s3.env, S3_SECRET_ACCESS_KEY: undefined });
    expect(halfKey.code).toBe(1);
    expect(halfKey.output).toContain('S3_ACCESS_KEY_ID is set without S3_SECRET_ACCESS_KEY');

    const missing = await copyCommand({ ...s3.env, S3_BUCKET: 'no-such-bucket' });
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(
      /Cannot use the bucket "no-such-bucket" at http:\/\/127\.0\.0\.1:\d+: NotFound HTTP 404 \(no such bucket\)/,
    );

    const stranger = await copyCommand({ ...s3.env, S3_ACCESS_KEY_ID: 'NOBODY' });
    expect(stranger.code).toBe(1);
    expect(stranger.output).toContain('HTTP 403 (these credentials may not use it)');

    const down = await copyCommand({ ...s3.env, S3_ENDPOINT: 'http://127.0.0.1:9' });
    expect(down.code).toBe(1);
    expect(down.output).toContain('ECONNREFUSED');
  });
});
