/**
 * Where uploaded files live: the disk under UPLOAD_DIR (lib/storage/disk.ts, one machine or a shared volume)
 * or an S3-compatible bucket (lib/storage/s3.ts, any number of instances), chosen by S3_BUCKET.
 */
export interface StoredFile {
  bytes: Uint8Array;
  contentType: string;
}

/** A file to be sent on without holding it whole in memory. */
export interface FileStream {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  /** In bytes. */
  size: number;
}

export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Null when there is no file under that key. */
  get(key: string): Promise<StoredFile | null>;
  /** The file as a stream, null when there is none; optional: `openFile()` falls back on `get`. */
  open?(key: string): Promise<FileStream | null>;
  /** Deleting a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
}

/** Opens a stored file as a stream, through `open` when the storage has one. */
export async function openFile(store: FileStorage, key: string): Promise<FileStream | null> {
  if (store.open) return store.open(key);
  const file = await store.get(key);
  if (!file) return null;
  const bytes = file.bytes;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return { body, contentType: file.contentType, size: bytes.byteLength };
}
