import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The part of s3rver (a real S3 API server on the local disk, from npm) these tests use; it ships no types. */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  httpServer?: Server;
  close(): Promise<void>;
}
type S3rverClass = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string }[];
}) => S3rverInstance;

const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

export interface S3TestServer {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  bucket: string;
  /** The settings an app process needs to use this bucket (S3_BUCKET and its companions). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** s3rver's one account (it refuses any other access key id). */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * Starts a real S3-compatible server on a free port (or `port`), storing into a fresh temporary directory, with
 * one empty bucket. `stop()` closes it, open keep-alive connections included, and removes the directory.
 * Note: s3rver checks the access key id, not the V4 signature (a wrong secret is accepted), and no ACLs: an
 * anonymous GET of any object succeeds there. Privacy is tested at the app's routes and in what the client sends.
 */
export async function startS3(options: { bucket?: string; port?: number } = {}): Promise<S3TestServer> {
  const bucket = options.bucket ?? 'qlclaw-test';
  const directory = await mkdtemp(path.join(process.env.TMPDIR ?? os.tmpdir(), 'qlclaw-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      // The SDK keeps sockets alive; close() alone would wait for them.
      server.httpServer?.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
