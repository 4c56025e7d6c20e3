import { describe, expect, it } from 'vitest';
import { canEnter, existingAncestors, firstBlockedDirectory, type DirectoryEntry } from '@/lib/db/embedded-access';

const dir = (path: string, mode: number, uid = 0, gid = 0): DirectoryEntry => ({ path, mode: 0o040000 | mode, uid, gid });
const postgres = { uid: 100, gid: 101 };

describe('whether the postgres user can enter a directory', () => {
  it.each([
    ['others may enter (0755)', dir('/srv', 0o755), true],
    ['only root may enter (0700)', dir('/root', 0o700), false],
    ['others may list but not enter (0754)', dir('/x', 0o754), false],
    ['owned by postgres, owner may enter (0700)', dir('/pg', 0o700, 100, 101), true],
    ['postgres group may enter (0750)', dir('/grp', 0o750, 0, 101), true],
    ['postgres group may not, others may (0705)', dir('/odd', 0o705, 0, 101), false],
  ])('%s', (_, entry, expected) => {
    expect(canEnter(entry, postgres)).toBe(expected);
  });

  it('falls back to the "other" bits when the postgres user does not exist yet', () => {
    expect(canEnter(dir('/home/me', 0o750, 1000, 1000), {})).toBe(false);
    expect(canEnter(dir('/home/me', 0o751, 1000, 1000), {})).toBe(true);
  });

  it('names the first blocked directory on the way down', () => {
    const chain = [dir('/', 0o755), dir('/root', 0o700), dir('/root/clone', 0o700)];
    expect(firstBlockedDirectory(chain, postgres)?.path).toBe('/root');
    expect(firstBlockedDirectory([dir('/', 0o755), dir('/srv', 0o755)], postgres)).toBeUndefined();
  });

  it('walks from / down to the parent of the target, skipping what does not exist yet', () => {
    const existing = new Set(['/', '/work', '/work/clone']);
    const stat = (path: string) => (existing.has(path) ? dir(path, 0o755) : undefined);
    expect(existingAncestors('/work/clone/.data/postgres', stat).map((entry) => entry.path)).toEqual(['/', '/work', '/work/clone']);
  });
});
