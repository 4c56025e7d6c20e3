import { describe, expect, it } from 'vitest';
import { describeKinds, formatBytes, sniffKind, validateUpload, type FileKind } from '@/lib/storage/sniff';
import { JPEG, PNG, WEBP } from '../factories/files';

/** Real images, and the first bytes of real files of the other kinds (padded to look like a file). */
const MAGIC: Record<FileKind, number[]> = {
  png: [...PNG],
  jpeg: [...JPEG],
  webp: [...WEBP],
  gif: [...bytes('GIF89a'), 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00],
  pdf: [...bytes('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a],
};

function bytes(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function fileOf(kind: FileKind, name: string, type = '', padding = 64): File {
  const data = new Uint8Array(MAGIC[kind].length + padding);
  data.set(MAGIC[kind]);
  return new File([data], name, { type });
}

const IMAGES = ['png', 'jpeg', 'webp'] as const;
const MB = 1024 * 1024;

describe('sniffKind', () => {
  it.each(Object.keys(MAGIC) as FileKind[])('recognises %s from its magic bytes', (kind) => {
    expect(sniffKind(new Uint8Array(MAGIC[kind]))).toBe(kind);
  });

  it('recognises the older GIF87a header', () => {
    expect(sniffKind(new Uint8Array(bytes('GIF87a')))).toBe('gif');
  });

  it.each([
    ['text', new TextEncoder().encode('hello, I am a PNG, honest')],
    ['SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['HTML', new TextEncoder().encode('<!doctype html><script>alert(1)</script>')],
    ['a RIFF that is not WebP (WAV)', new Uint8Array([...bytes('RIFF'), 0, 0, 0, 0, ...bytes('WAVE')])],
    ['a truncated PNG header', new Uint8Array([0x89, 0x50, 0x4e])],
    ['nothing', new Uint8Array()],
  ])('knows %s is none of them', (_name, data) => {
    expect(sniffKind(data)).toBeNull();
  });
});

describe('validateUpload', () => {
  it.each([
    ['png', 'image/png', 'png'],
    ['jpeg', 'image/jpeg', 'jpg'],
    ['webp', 'image/webp', 'webp'],
    ['gif', 'image/gif', 'gif'],
    ['pdf', 'application/pdf', 'pdf'],
  ] as const)('accepts a %s with its real content type and extension', async (kind, contentType, extension) => {
    const file = fileOf(kind, `upload.bin`, 'application/octet-stream');
    const result = await validateUpload(file, { allowed: [kind], maxBytes: MB });
    expect(result).toMatchObject({ ok: true, contentType, extension, kind });
    if (result.ok) expect(result.bytes.byteLength).toBe(file.size);
  });

  it('refuses a PNG renamed .pdf when only PDFs are allowed', async () => {
    const result = await validateUpload(fileOf('png', 'invoice.pdf', 'application/pdf'), { allowed: ['pdf'], maxBytes: MB });
    expect(result).toEqual({ ok: false, message: 'That file is not a PDF, whatever its name says.' });
  });

  it('refuses a text file named .png, whatever type the browser claims', async () => {
    const file = new File(['just some text, not a picture'], 'photo.png', { type: 'image/png' });
    const result = await validateUpload(file, { allowed: IMAGES, maxBytes: MB });
    expect(result).toEqual({ ok: false, message: 'That file is not a PNG, JPEG or WebP image, whatever its name says.' });
  });

  it('refuses a real image of a kind that is not allowed', async () => {
    const result = await validateUpload(fileOf('gif', 'anim.gif', 'image/gif'), { allowed: IMAGES, maxBytes: MB });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('not a PNG, JPEG or WebP image') });
  });

  it('refuses a file over the limit, naming both sizes', async () => {
    const file = fileOf('png', 'big.png', 'image/png', Math.round(6.2 * MB) - MAGIC.png.length);
    expect(await validateUpload(file, { allowed: IMAGES, maxBytes: 5 * MB })).toEqual({
      ok: false,
      message: 'That file is 6.2 MB; the limit is 5 MB.',
    });
  });

  it('accepts a file exactly at the limit and refuses one byte more, never saying "5 MB; the limit is 5 MB"', async () => {
    const at = fileOf('jpeg', 'a.jpg', '', 5 * MB - MAGIC.jpeg.length);
    expect(await validateUpload(at, { allowed: IMAGES, maxBytes: 5 * MB })).toMatchObject({ ok: true });
    const over = fileOf('jpeg', 'a.jpg', '', 5 * MB - MAGIC.jpeg.length + 1);
    expect(await validateUpload(over, { allowed: IMAGES, maxBytes: 5 * MB })).toEqual({
      ok: false,
      message: 'That file is 5.1 MB; the limit is 5 MB.',
    });
  });

  it('refuses an empty file', async () => {
    expect(await validateUpload(new File([], 'empty.png'), { allowed: IMAGES, maxBytes: MB })).toEqual({
      ok: false,
      message: 'That file is empty.',
    });
  });
});

describe('messages', () => {
  it('describe the allowed kinds in plain words', () => {
    expect(describeKinds(['png', 'jpeg', 'webp'])).toBe('PNG, JPEG or WebP image');
    expect(describeKinds(['jpeg'])).toBe('JPEG image');
    expect(describeKinds(['png', 'jpeg', 'pdf'])).toBe('PNG or JPEG image or PDF');
  });

  it('format sizes as people read them', () => {
    expect(formatBytes(5 * MB)).toBe('5 MB');
    expect(formatBytes(800 * 1024)).toBe('800 KB');
    expect(formatBytes(512)).toBe('512 bytes');
  });
});
