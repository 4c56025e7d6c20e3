import { randomBytes } from 'node:crypto';

const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** Real 1×1 images (made with sharp), valid to any decoder and not only to the magic-byte sniffer. */
export const PNG = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAMAAAAoyzS7AAAAA1BMVEXIKChQLvxyAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAACklEQVQI12NgAAAAAgAB4iG8MwAAAABJRU5ErkJggg==',
);
export const JPEG = fromBase64(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCWAEpn/9k=',
);
export const WEBP = fromBase64('UklGRh4AAABXRUJQVlA4TBEAAAAvAAAAAAdQlCIXpf+BiOh/AAA=');

const IMAGES = {
  png: { bytes: PNG, type: 'image/png' },
  jpeg: { bytes: JPEG, type: 'image/jpeg' },
  webp: { bytes: WEBP, type: 'image/webp' },
};
export type ImageKind = keyof typeof IMAGES;

/**
 * An uploaded image file. `unique` adds random bytes after the image (decoders ignore trailing bytes),
 * so content-addressed storage keeps each file apart.
 */
export function imageFile(name = 'photo.png', options: { kind?: ImageKind; type?: string; unique?: boolean } = {}): File {
  const image = IMAGES[options.kind ?? 'png'];
  const parts = options.unique ? [image.bytes, randomBytes(16)] : [image.bytes];
  return new File(parts, name, { type: options.type ?? image.type });
}

/** A file whose name and declared type say image, but whose bytes are text. */
export function fakeImageFile(name = 'photo.png', text = 'just some text, not an image'): File {
  return new File([text], name, { type: 'image/png' });
}
