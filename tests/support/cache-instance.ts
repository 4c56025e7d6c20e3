import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface CacheInstance {
  /** Runs one cache operation in the instance; resolves with its result and how long it took there. */
  call<T = unknown>(op: string, args?: Record<string, unknown>): Promise<{ result: T; ms: number }>;
  /** Everything the instance logged so far (pino JSON lines), parsed. */
  logs(): { msg: string; level: number; [field: string]: unknown }[];
  stop(): Promise<void>;
}

/**
 * An app instance as the page cache sees it: its own Node process, loading lib/cache/cache-handler.mjs as Next
 * does, with its own environment (REDIS_URL…). Two of them on one Redis are two instances behind a load balancer.
 */
export async function startCacheInstance(
  env: Record<string, string | undefined>,
  options: { buildId?: string } = {},
): Promise<CacheInstance> {
  const distDir = mkdtempSync(path.join(tmpdir(), 'qlclaw-instance-'));
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'scripts/cache-instance.mjs'), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      ...env,
      CACHE_INSTANCE: JSON.stringify({ distDir, buildId: options.buildId }),
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  const pending = new Map<number, { resolve: (value: { result: never; ms: number }) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`cache instance exited with ${code} before it was ready`)));
    child.on('message', (message: { ready?: boolean; id?: number; ok?: boolean; result?: never; error?: string; ms?: number }) => {
      if (message.ready) return resolve();
      const waiting = pending.get(message.id!);
      pending.delete(message.id!);
      if (message.ok) waiting?.resolve({ result: message.result!, ms: message.ms! });
      else waiting?.reject(new Error(message.error));
    });
  });
  child.removeAllListeners('exit');
  return {
    call: <T>(op: string, args?: Record<string, unknown>) =>
      new Promise<{ result: T; ms: number }>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as never, reject });
        child.send({ id, op, args });
      }),
    logs: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line)),
    stop: async () => {
      const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      child.kill('SIGTERM');
      await exited;
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}
