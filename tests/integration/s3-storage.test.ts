import { createHash, randomBytes } from 'node:crypto';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as photo } from '@/app/api/admin/returns/photos/[...key]/route';
import { GET as media } from '@/app/media/[...key]/route';
import { db } from '@/lib/db';
import { contentKey, putPublicFile, S3Storage, storage, storageStatus } from '@/lib/storage';
import { seed } from '@/prisma/seed';
import { PNG } from '../factories/files';
import { returnAt } from '../factories/returns';
import { S3RVER_CREDENTIALS, startS3 } from '../support/s3-server';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));

// A real S3 API server for this file, configured before anything reads the environment.
const s3 = await startS3();
Object.assign(process.env, s3.env);
afterAll(() => s3.stop());
beforeAll(() => seed(db));

const bucket = () => storage() as S3Storage;
/** What the bucket itself holds, read with a client of our own. */
const direct = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
afterAll(() => direct.destroy());
const inBucket = async (key: string) => {
  const object = await direct.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return { bytes: await object.Body!.transformToByteArray(), contentType: object.ContentType };
};

/** Every request header the app's client sends, to prove none grants public access. */
const sentHeaders: Record<string, string>[] = [];
beforeAll(() => {
  bucket().client.middlewareStack.add(
    (next) => async (args) => {
      sentHeaders.push({ ...(args.request as { headers: Record<string, string> }).headers });
      return next(args);
    },
    { step: 'finalizeRequest', name: 'recordHeaders' },
  );
});

describe('the S3 storage', () => {
  it('is the configured storage once S3_BUCKET is set', () => {
    expect(storage()).toBeInstanceOf(S3Storage);
    expect(bucket().bucket).toBe(s3.bucket);
  });

  it('puts, gets, overwrites and deletes a file with its content type, in the bucket itself', async () => {
    const store = storage();
    await store.put('private/returns/r1/photo.png', PNG, 'image/png');
    expect(await store.get('private/returns/r1/photo.png')).toEqual({ bytes: PNG, contentType: 'image/png' });
    expect(await inBucket('private/returns/r1/photo.png')).toEqual({ bytes: PNG, contentType: 'image/png' });

    await store.put('private/returns/r1/photo.png', new Uint8Array([1]), 'application/pdf');
    expect(await store.get('private/returns/r1/photo.png')).toEqual({ bytes: new Uint8Array([1]), contentType: 'application/pdf' });

    await store.delete('private/returns/r1/photo.png');
    expect(await store.get('private/returns/r1/photo.png')).toBeNull();
    await expect(store.delete('private/returns/r1/photo.png')).resolves.toBeUndefined();
  });

  it('answers null for a key that holds nothing, and refuses bad keys before asking the bucket', async () => {
    expect(await storage().get('public/nothing/here.png')).toBeNull();
    expect(await bucket().open('public/nothing/here.png')).toBeNull();
    for (const key of ['../escape.png', 'public//double.png', 'Public/Upper.png']) {
      await expect(storage().put(key, PNG, 'image/png')).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
      await expect(storage().get(key)).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    }
  });

  it('keeps a large file intact through a stream', async () => {
    const big = new Uint8Array(randomBytes(6 * 1024 * 1024));
    await storage().put('private/support/big.pdf', big, 'application/pdf');
    const file = await bucket().open('private/support/big.pdf');
    expect(file?.size).toBe(big.byteLength);
    const back = Buffer.from(await new Response(file!.body).arrayBuffer());
    // Compared by hash: a deep equality over 6 MB of elements takes minutes.
    expect(sha256(back)).toBe(sha256(big));
  });

  it('never asks for a public ACL: objects are as private as the bucket', async () => {
    await storage().put('private/returns/r2/photo.png', PNG, 'image/png');
    await putPublicFile('public/covers', { bytes: PNG, contentType: 'image/png', extension: 'png' });
    const puts = sentHeaders.filter((headers) => headers['content-type'] === 'image/png');
    expect(puts.length).toBeGreaterThanOrEqual(2);
    for (const headers of sentHeaders) {
      expect(Object.keys(headers).filter((name) => /^x-amz-(acl|grant-)/i.test(name))).toEqual([]);
    }
  });
});

describe('files served from the bucket', () => {
  it('serves a public cover at /media with the headers a CDN may keep for a year', async () => {
    const path = await putPublicFile('public/covers', { bytes: PNG, contentType: 'image/png', extension: 'png' });
    expect(path).toBe(`/media/${contentKey('public/covers', PNG, 'png')}`);
    const key = path.slice('/media/'.length);
    const response = await media(new Request(`http://localhost${path}`), { params: Promise.resolve({ key: key.split('/') }) });
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(PNG.byteLength),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
  });

  it('never serves a private file at /media, even though it is in the bucket', async () => {
    await storage().put('private/returns/r3/photo.png', PNG, 'image/png');
    const key = 'private/returns/r3/photo.png';
    expect((await media(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key: key.split('/') }) })).status).toBe(
      404,
    );
  });

  it('streams a return photo from the bucket to staff only', async () => {
    const ret = await returnAt('REQUESTED');
    const key = `private/returns/${ret.id.toLowerCase()}/photo-1.png`;
    await storage().put(key, PNG, 'image/png');
    await db.returnRequest.update({ where: { id: ret.id }, data: { photoKeys: [key] } });
    const get = () =>
      photo(new Request(`http://localhost/api/admin/returns/photos/${key}`), { params: Promise.resolve({ key: key.split('/') }) });

    actAs(null);
    expect((await get()).status).toBe(401);
    actAs('customer');
    expect((await get()).status).toBe(403);
    actAs('support');
    const response = await get();
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('the storage health check', () => {
  it('reports the bucket as up, and as down (without its error) when it is missing or unreachable', async () => {
    expect(await storageStatus()).toEqual({ engine: 's3', ok: true });
    const missing = new S3Storage({ ...settings(), bucket: 'no-such-bucket' });
    expect(await storageStatus(missing)).toEqual({ engine: 's3', ok: false });
    const unreachable = new S3Storage({ ...settings(), endpoint: 'http://127.0.0.1:9' });
    expect(await storageStatus(unreachable, 500)).toEqual({ engine: 's3', ok: false });
  });
});

function settings() {
  return { bucket: s3.bucket, region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, ...S3RVER_CREDENTIALS };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
