import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as photo } from '@/app/api/admin/returns/photos/[...key]/route';
import { db } from '@/lib/db';
import { storage } from '@/lib/storage';
import { seed } from '@/prisma/seed';
import { PNG } from '../factories/files';
import { returnAt } from '../factories/returns';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));

beforeAll(() => seed(db));
beforeEach(() => {
  actAs('support');
});

describe('the return photo route', () => {
  const get = (key: string) =>
    photo(new Request(`http://localhost/api/admin/returns/photos/${key}`), { params: Promise.resolve({ key: key.split('/') }) });
  let key: string;

  beforeAll(async () => {
    const ret = await returnAt('REQUESTED');
    key = `private/returns/${ret.id.toLowerCase()}/photo-1.png`;
    await storage().put(key, PNG, 'image/png');
    await storage().put('private/returns/stray/photo.png', PNG, 'image/png');
    await storage().put('private/support/t1/note.png', PNG, 'image/png');
    await db.returnRequest.update({ where: { id: ret.id }, data: { photoKeys: [key, 'private/support/t1/note.png'] } });
  });

  it('refuses anonymous visitors (401) and customers (403)', async () => {
    actAs(null);
    expect((await get(key)).status).toBe(401);
    actAs('customer');
    expect((await get(key)).status).toBe(403);
  });

  it('serves a return’s photo to staff, privately', async () => {
    const response = await get(key);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  it('answers 404 outside private/returns/, for keys no return holds, and for bad keys', async () => {
    for (const bad of [
      'private/support/t1/note.png',
      'private/returns/stray/photo.png',
      `${key}.meta.json`,
      'private/returns/../support/t1/note.png',
      'public/covers/x.png',
    ]) {
      expect((await get(bad)).status, bad).toBe(404);
    }
  });
});
