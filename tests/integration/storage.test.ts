import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/media/[...key]/route';
import { contentKey, DiskStorage, putPublicFile, storage } from '@/lib/storage';
import { PNG } from '../factories/files';
import { privateUploadDir } from '../support/upload-dir';

// This file's own upload directory (tests/support/database-per-file.ts sets UPLOAD_DIR).
const uploadDir = privateUploadDir();

function media(key: string) {
  return GET(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key: key.split('/') }) });
}

describe('disk storage', () => {
  it('is the configured storage, rooted at UPLOAD_DIR', () => {
    expect((storage() as DiskStorage).root).toBe(path.resolve(uploadDir));
  });

  it('puts, gets and deletes a file with its content type', async () => {
    const store = storage();
    await store.put('private/returns/r1/photo.png', PNG, 'image/png');
    expect(await store.get('private/returns/r1/photo.png')).toEqual({ bytes: PNG, contentType: 'image/png' });
    expect(await readdir(path.join(uploadDir, 'private/returns/r1'))).toEqual(['photo.png', 'photo.png.meta.json']);

    await store.put('private/returns/r1/photo.png', new Uint8Array([1]), 'application/pdf');
    expect(await store.get('private/returns/r1/photo.png')).toEqual({ bytes: new Uint8Array([1]), contentType: 'application/pdf' });

    await store.delete('private/returns/r1/photo.png');
    expect(await store.get('private/returns/r1/photo.png')).toBeNull();
    expect(await readdir(path.join(uploadDir, 'private/returns/r1'))).toEqual([]);
    await expect(store.delete('private/returns/r1/photo.png')).resolves.toBeUndefined();
  });

  it('answers null for a key that holds nothing', async () => {
    expect(await storage().get('public/nothing/here.png')).toBeNull();
  });

  it.each([
    '../escape.png',
    'public/../../etc/passwd',
    'public/covers/..',
    '/absolute.png',
    'public//double.png',
    'public/.hidden',
    'Public/Upper.png',
    'public/covers/a b.png',
    'public/covers/x.png.meta.json',
    '',
  ])('refuses the key %j and writes nothing', async (key) => {
    const store = new DiskStorage(uploadDir);
    await expect(store.put(key, PNG, 'image/png')).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(store.get(key)).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(store.delete(key)).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
  });

  it('resolves a relative UPLOAD_DIR against the working directory', () => {
    expect(new DiskStorage('.data/uploads').root).toBe(path.resolve(process.cwd(), '.data/uploads'));
  });
});

describe('public files at /media', () => {
  it('stores uploads under a content-addressed key and serves them with safe, long-lived headers', async () => {
    const url = await putPublicFile('public/covers', { bytes: PNG, contentType: 'image/png', extension: 'png' });
    expect(url).toBe(`/media/${contentKey('public/covers', PNG, 'png')}`);
    expect(url).toMatch(/^\/media\/public\/covers\/[0-9a-f]{32}\.png$/);

    const response = await media(url.slice('/media/'.length));
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  it('answers 404 for private keys, missing files, meta files and bad keys', async () => {
    await storage().put('private/support/t1/note.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'application/pdf');
    const key = contentKey('public/covers', PNG, 'png');
    for (const bad of [
      'private/support/t1/note.pdf',
      'public/covers/missing.png',
      `${key}.meta.json`,
      'public/../private/support/t1/note.pdf',
      'public/%2e%2e/x',
    ]) {
      expect((await media(bad)).status, bad).toBe(404);
    }
  });
});
