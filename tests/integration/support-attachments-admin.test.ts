import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as attachment } from '@/app/api/admin/support/attachments/[id]/route';
import { db } from '@/lib/db';
import { storage } from '@/lib/storage';
import { PNG } from '../factories/files';
import { openTicket } from '../factories/tickets';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));

beforeEach(() => {
  actAs('support');
});

describe('the attachment route', () => {
  const get = (id: string) =>
    attachment(new Request(`http://localhost/api/admin/support/attachments/${id}`), { params: Promise.resolve({ id }) });
  let id: string;
  let stray: string;

  beforeAll(async () => {
    const ticket = await openTicket();
    const message = await db.ticketMessage.findFirstOrThrow({ where: { ticketId: ticket.id } });
    await storage().put('private/support/abc123.png', PNG, 'image/png');
    await storage().put('private/returns/r1/photo.png', PNG, 'image/png');
    id = (
      await db.ticketAttachment.create({
        data: {
          messageId: message.id,
          key: 'private/support/abc123.png',
          fileName: 'bruise ü.png',
          contentType: 'image/png',
          size: PNG.byteLength,
        },
      })
    ).id;
    stray = (
      await db.ticketAttachment.create({
        data: { messageId: message.id, key: 'private/returns/r1/photo.png', fileName: 'x.png', contentType: 'image/png', size: 1 },
      })
    ).id;
  });

  it('refuses anonymous visitors (401) and customers (403)', async () => {
    actAs(null);
    expect((await get(id)).status).toBe(401);
    actAs('customer');
    expect((await get(id)).status).toBe(403);
  });

  it('serves a ticket’s attachment to staff, privately, and nothing else', async () => {
    const response = await get(id);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="bruise _.png"; filename*=UTF-8''bruise%20%C3%BC.png`);
    for (const bad of [stray, 'no-such-attachment']) expect((await get(bad)).status, bad).toBe(404);
  });
});
