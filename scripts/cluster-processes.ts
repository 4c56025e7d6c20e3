/**
 * The pieces of a local cluster, shared by the multi-instance e2e server (scripts/cluster-server.ts) and the
 * benchmark (bench/cluster.ts): processes whose output goes to a log file, a copy of the build per instance (each
 * container has its own disk, so no instance may see another's page cache through the file system), Redis and Caddy.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Managed {
  name: string;
  child: ChildProcess;
  logFile: string;
  exited: Promise<void>;
  stop(): Promise<void>;
  /** The last lines it wrote, for a failure message. */
  tail(lines?: number): string;
}

/** Spawns a long-running process with its stdout and stderr in `<logDir>/<name>.log`. */
export function startLogged(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; logDir: string },
): Managed {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${name}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(out, { end: false });
  child.stderr!.pipe(out, { end: false });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      out.write(`[cluster] could not start ${command}: ${error.message}\n`);
      resolve();
    });
  });
  const running = () => child.exitCode === null && child.signalCode === null && child.pid !== undefined;
  return {
    name,
    child,
    logFile,
    exited,
    async stop() {
      if (running()) child.kill('SIGTERM');
      const timer = setTimeout(() => running() && child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    tail(lines = 30) {
      if (!existsSync(logFile)) return '';
      return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    },
  };
}

/** Waits until `url` answers 200; fails with the process's last log lines if it exits or takes too long. */
export async function waitForHealthy(url: string, process: Managed, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null || process.child.signalCode !== null) {
      throw new Error(`${process.name} exited before ${url} answered; its log (${process.logFile}) ends:\n${process.tail()}`);
    }
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs / 1000} s; ${process.name}'s log (${process.logFile}) ends:\n${process.tail()}`,
  );
}

/** A command the cluster needs, with how to get it when it is missing. */
export function requireCommand(command: string, debianPackage: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  throw new Error(
    `${command} is not installed: the cluster needs it (Debian: sudo apt-get install -y ${debianPackage}; .ci/run does this).`,
  );
}

/**
 * A directory that `next start` can run from as if it were its own machine: the build copied (without .next/cache,
 * so it starts with an empty page cache) and everything else linked to the project.
 */
export function prepareInstanceDir(projectDir: string, instanceDir: string): string {
  rmSync(instanceDir, { recursive: true, force: true });
  mkdirSync(instanceDir, { recursive: true });
  const build = path.join(projectDir, '.next');
  if (!existsSync(path.join(build, 'BUILD_ID'))) throw new Error(`there is no build in ${build}: run next build first`);
  cpSync(build, path.join(instanceDir, '.next'), { recursive: true, filter: (source) => source !== path.join(build, 'cache') });
  for (const entry of readdirSync(projectDir)) {
    // No lockfile: Next would take the instance's copy for a second workspace root.
    if (['.next', '.data', '.git', 'package-lock.json'].includes(entry)) continue;
    symlinkSync(path.join(projectDir, entry), path.join(instanceDir, entry));
  }
  return instanceDir;
}

/** A throwaway redis-server: no persistence, loopback only. */
export function startRedis(port: number, logDir: string): Managed {
  const binary = requireCommand('redis-server', 'redis-server');
  return startLogged('redis', binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { logDir });
}

export async function waitForPort(port: number, process: Managed, timeoutMs = 15_000): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) throw new Error(`${process.name} exited; its log ends:\n${process.tail()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${process.name} did not listen on port ${port} within ${timeoutMs / 1000} s:\n${process.tail()}`);
}

/**
 * Caddy with the project's own Caddyfile: its site at `siteAddress`, round robin over `upstreams`. With `pinned`, a
 * second site at `pinned.address` serves the same snippet, except that a request carrying `pinned.header: <name>` goes
 * to that one instance: a test chooses who answers while staying on one origin (cookies, CSP, APP_URL).
 */
export function startCaddy(options: {
  projectDir: string;
  workDir: string;
  logDir: string;
  siteAddress: string;
  upstreams: string[];
  adminPort: number;
  pinned?: { address: string; header: string; instances: Record<string, string> };
}): Managed {
  const binary = requireCommand('caddy', 'caddy');
  mkdirSync(options.workDir, { recursive: true });
  const config = path.join(options.workDir, 'Caddyfile');
  const lines = [`import ${path.join(options.projectDir, 'Caddyfile')}`, ''];
  if (options.pinned) {
    const { address, header, instances } = options.pinned;
    lines.push(`${address} {`);
    for (const [name, upstream] of Object.entries(instances)) {
      // The same keep-alive bound as the Caddyfile's snippet (see there).
      lines.push(`\t@${name} header ${header} ${name}`, `\thandle @${name} {`, `\t\treverse_proxy ${upstream} {`);
      lines.push('\t\t\ttransport http {', '\t\t\t\tkeepalive 4s', '\t\t\t}', '\t\t}', '\t}');
    }
    lines.push('\thandle {', '\t\timport instances', '\t}', '}', '');
  }
  writeFileSync(config, lines.join('\n'));
  return startLogged('caddy', binary, ['run', '--config', config, '--adapter', 'caddyfile'], {
    logDir: options.logDir,
    env: {
      ...process.env,
      SITE_ADDRESS: options.siteAddress,
      APP_UPSTREAMS: options.upstreams.join(' '),
      CADDY_ADMIN: `localhost:${options.adminPort}`,
      // Caddy keeps its state (certificates, autosaved config) under these; keep it out of the home directory.
      XDG_DATA_HOME: path.join(options.workDir, 'data'),
      XDG_CONFIG_HOME: path.join(options.workDir, 'config'),
    },
  });
}
