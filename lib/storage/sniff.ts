/**
 * What a file is, read from its first bytes: its name and the type the
 * browser claims are both chosen by the uploader and are ignored. Pure, so
 * it runs anywhere (server actions, route handlers, tests).
 */
export type FileKind = 'png' | 'jpeg' | 'webp' | 'gif' | 'pdf';

interface KindInfo {
  contentType: string;
  extension: string;
  label: string;
  image: boolean;
  matches: (b: Uint8Array) => boolean;
}

const ascii = (b: Uint8Array, offset: number, text: string) => [...text].every((char, i) => b[offset + i] === char.charCodeAt(0));
const bytesAt = (b: Uint8Array, offset: number, expected: number[]) => expected.every((value, i) => b[offset + i] === value);

const KINDS: Record<FileKind, KindInfo> = {
  png: {
    contentType: 'image/png',
    extension: 'png',
    label: 'PNG',
    image: true,
    matches: (b) => bytesAt(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpeg: { contentType: 'image/jpeg', extension: 'jpg', label: 'JPEG', image: true, matches: (b) => bytesAt(b, 0, [0xff, 0xd8, 0xff]) },
  webp: {
    contentType: 'image/webp',
    extension: 'webp',
    label: 'WebP',
    image: true,
    matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'),
  },
  gif: {
    contentType: 'image/gif',
    extension: 'gif',
    label: 'GIF',
    image: true,
    matches: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'),
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf', label: 'PDF', image: false, matches: (b) => ascii(b, 0, '%PDF-') },
};

/** The kind of file these bytes are, or null when they are none of the kinds we accept. */
export function sniffKind(bytes: Uint8Array): FileKind | null {
  return (Object.keys(KINDS) as FileKind[]).find((kind) => KINDS[kind].matches(bytes)) ?? null;
}

export type UploadCheck =
  { ok: true; bytes: Uint8Array; contentType: string; extension: string; kind: FileKind } | { ok: false; message: string };

export async function validateUpload(file: File, options: { allowed: readonly FileKind[]; maxBytes: number }): Promise<UploadCheck> {
  if (file.size === 0) return { ok: false, message: 'That file is empty.' };
  if (file.size > options.maxBytes) {
    // Rounded up, so a file just over the limit never reads as "5 MB; the limit is 5 MB".
    return { ok: false, message: `That file is ${formatBytes(file.size, Math.ceil)}; the limit is ${formatBytes(options.maxBytes)}.` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniffKind(bytes);
  if (!kind || !options.allowed.includes(kind)) {
    return { ok: false, message: `That file is not a ${describeKinds(options.allowed)}, whatever its name says.` };
  }
  const { contentType, extension } = KINDS[kind];
  return { ok: true, bytes, contentType, extension, kind };
}

/** "PNG, JPEG or WebP image", "PDF", "PNG image or PDF". */
export function describeKinds(kinds: readonly FileKind[]): string {
  const images = kinds.filter((kind) => KINDS[kind].image).map((kind) => KINDS[kind].label);
  const others = kinds.filter((kind) => !KINDS[kind].image).map((kind) => KINDS[kind].label);
  const parts = [...(images.length ? [`${orList(images)} image`] : []), ...others];
  return orList(parts);
}

/** The `accept` attribute for a file input taking these kinds. */
export function acceptOf(kinds: readonly FileKind[]): string {
  return kinds.map((kind) => KINDS[kind].contentType).join(',');
}

/** 6.2 MB, 5 MB, 800 KB (binary units, as operating systems show file sizes). */
export function formatBytes(bytes: number, round: (n: number) => number = Math.round): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${round(value * 10) / 10} ${unit}`;
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
