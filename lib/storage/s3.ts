import { createHash } from 'node:crypto';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertValidKey } from './keys';
import type { FileStorage, FileStream, StoredFile } from './types';

export interface S3Settings {
  bucket: string;
  region: string;
  /** Unset: AWS S3 itself. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Both or neither; neither uses the SDK's default credential chain. */
  accessKeyId?: string;
  secretAccessKey?: string;
}

/** What the bucket holds under a key, for the copy command's "already there" check. */
export interface ObjectHead {
  size: number;
  /** The hex SHA-256 this store recorded when it wrote the object; null for objects written otherwise. */
  sha256: string | null;
  /** The hex MD5 of a single-part, unencrypted-or-SSE-S3 upload (its ETag); null when the ETag is not one. */
  md5: string | null;
}

export function s3ClientOf(settings: S3Settings): S3Client {
  const { accessKeyId, secretAccessKey } = settings;
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // A bucket that does not answer must fail a request, not hang it (the SDK retries 3 times with back-off).
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });
}

/**
 * Files in an S3-compatible bucket (AWS S3, R2, MinIO…), so every instance sees every upload. Objects are
 * written without any ACL: they are as private as the bucket, and only the app serves them (lib/http/private-file.ts
 * after the owner check, app/media for `public/` keys). Bodies are sent whole, never as aws-chunked streams, so
 * servers without streaming-checksum support store them intact.
 */
export class S3Storage implements FileStorage {
  readonly bucket: string;
  readonly client: S3Client;

  constructor(settings: S3Settings, client: S3Client = s3ClientOf(settings)) {
    this.bucket = settings.bucket;
    this.client = client;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertValidKey(key);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.byteLength,
        Metadata: { sha256 },
      }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = await this.open(key);
    if (!file) return null;
    return { bytes: new Uint8Array(await new Response(file.body).arrayBuffer()), contentType: file.contentType };
  }

  async open(key: string): Promise<FileStream | null> {
    assertValidKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) return null;
      return {
        body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
        contentType: object.ContentType ?? 'application/octet-stream',
        size: object.ContentLength ?? 0,
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    // S3 answers 204 for a key that holds nothing.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async head(key: string): Promise<ObjectHead | null> {
    assertValidKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      const etag = head.ETag?.replace(/"/g, '') ?? '';
      return { size: head.ContentLength ?? 0, sha256: head.Metadata?.sha256 ?? null, md5: /^[0-9a-f]{32}$/.test(etag) ? etag : null };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** A cheap check that the bucket exists and these credentials may use it. */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }), { abortSignal: AbortSignal.timeout(timeoutMs) });
  }
}

/** A missing key; a missing bucket is a misconfiguration and stays an error. */
function isNotFound(error: unknown): boolean {
  if (!(error instanceof Error) || error.name === 'NoSuchBucket') return false;
  const status = (error as Partial<S3ServiceException>).$metadata?.httpStatusCode;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || status === 404;
}
