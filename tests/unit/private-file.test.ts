import { describe, expect, it } from 'vitest';
import { fileNameParams, privateFileResponse } from '@/lib/http/private-file';
import type { FileStorage, StoredFile } from '@/lib/storage';

function storeWith(files: Record<string, StoredFile>): FileStorage {
  return { get: async (key) => files[key] ?? null, put: async () => {}, delete: async () => {} };
}

const bytes = new Uint8Array([1, 2, 3]);
const store = storeWith({
  'private/returns/a.png': { bytes, contentType: 'image/png' },
  'private/support/b.pdf': { bytes, contentType: 'application/pdf' },
  'private/support/c.svg': { bytes, contentType: 'image/svg+xml' },
});

describe('serving a private file', () => {
  it('shows a raster image inline, privately, unsniffed and sandboxed', async () => {
    const response = await privateFileResponse('private/returns/a.png', {}, store);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'content-length': '3',
      'content-disposition': `inline; filename="a.png"; filename*=UTF-8''a.png`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    });
  });

  it('sends anything else as an opaque download, SVG included', async () => {
    for (const key of ['private/support/b.pdf', 'private/support/c.svg']) {
      const response = await privateFileResponse(key, { fileName: 'Receipt.pdf' }, store);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
    }
  });

  it('answers a refused, invalid or missing key with the same plain 404', async () => {
    for (const key of [null, undefined, '../etc/passwd', 'private/returns/missing.png']) {
      const response = await privateFileResponse(key, {}, store);
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('keeps any file name from breaking the header', () => {
    expect(fileNameParams('bruise ü.png')).toBe(`filename="bruise _.png"; filename*=UTF-8''bruise%20%C3%BC.png`);
    expect(fileNameParams('a"b\\c\r\n.pdf')).toBe(`filename="a_b_c__.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0A.pdf`);
    expect(fileNameParams("it's (1)*.pdf")).toBe(`filename="it's (1)*.pdf"; filename*=UTF-8''it%27s%20%281%29%2A.pdf`);
  });
});
