import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { assertValidKey, metaKeyOf } from './keys';
import type { FileStorage, FileStream, StoredFile } from './types';

interface Meta {
  contentType: string;
}

/**
 * Files on a local disk under `root`, each with its content type in
 * `<key>.meta.json` beside it. Fine for one instance or a shared volume;
 * several instances without a shared disk need an object store instead.
 */
export class DiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    // The upload directory is data, not code: keep it out of the build's file tracing.
    this.root = path.resolve(/* turbopackIgnore: true */ process.cwd(), root);
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const { file, meta } = this.pathsOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Meta first, then the file, each written whole and renamed into place, so
    // a reader never sees a half-written file or a file without its type.
    await writeAtomically(meta, JSON.stringify({ contentType } satisfies Meta));
    await writeAtomically(file, bytes);
  }

  async get(key: string): Promise<StoredFile | null> {
    const paths = this.pathsOf(key);
    try {
      const [bytes, meta] = await Promise.all([readFile(paths.file), readFile(paths.meta, 'utf8')]);
      const { contentType } = JSON.parse(meta) as Meta;
      return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async open(key: string): Promise<FileStream | null> {
    const paths = this.pathsOf(key);
    try {
      const { contentType } = JSON.parse(await readFile(paths.meta, 'utf8')) as Meta;
      // The file is renamed into place whole, so the handle opened here reads one version to its end.
      const handle = await open(paths.file);
      const { size } = await handle.stat();
      // The read stream closes the handle at its end or when the reader cancels.
      const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
      return { body, contentType, size };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { file, meta } = this.pathsOf(key);
    await rm(file, { force: true });
    await rm(meta, { force: true });
  }

  private pathsOf(key: string): { file: string; meta: string } {
    assertValidKey(key);
    const file = path.resolve(this.root, key);
    // Belt and braces: the key rules already keep every path inside the root.
    if (!file.startsWith(this.root + path.sep)) throw new Error(`Storage key escapes the upload directory: ${key}`);
    return { file, meta: path.resolve(this.root, metaKeyOf(key)) };
  }
}

async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}
