import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as attachment } from '@/app/api/admin/support/attachments/[id]/route';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { storage } from '@/lib/storage';
import { createTicket } from '@/lib/support/service';
import { uniqueEmail } from '../factories/email';

// A private upload directory for this file, set before anything reads the environment.
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/qlclaw-support-attachments-${crypto.randomUUID()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => viewer.current }));

const deps = { appUrl: 'http://localhost:3000', supportAddress: 'support@qlclaw.test' };
const openTicket = () => createTicket({ name: 'Alex Back', email: uniqueEmail('customer'), topic: 'USING', message: 'Where exactly do I put it?' }, { userId: null }, deps);

afterAll(() => rm(uploadDir, { recursive: true, force: true }));
beforeEach(() => {
  viewer.current = { id: 'staff-1', email: 'sam.lee@qlclaw.test', role: 'SUPPORT' };
});

describe('the attachment route', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const get = (id: string) => attachment(new Request(`http://localhost/api/admin/support/attachments/${id}`), { params: Promise.resolve({ id }) });
  let id: string;
  let stray: string;

  beforeAll(async () => {
    const ticket = await openTicket();
    const message = await db.ticketMessage.findFirstOrThrow({ where: { ticketId: ticket.id } });
    await storage().put('private/support/abc123.png', PNG, 'image/png');
    await storage().put('private/returns/r1/photo.png', PNG, 'image/png');
    id = (await db.ticketAttachment.create({ data: { messageId: message.id, key: 'private/support/abc123.png', fileName: 'bruise ü.png', contentType: 'image/png', size: PNG.byteLength } })).id;
    stray = (await db.ticketAttachment.create({ data: { messageId: message.id, key: 'private/returns/r1/photo.png', fileName: 'x.png', contentType: 'image/png', size: 1 } })).id;
  });

  it('refuses anonymous visitors (401) and customers (403)', async () => {
    viewer.current = null;
    expect((await get(id)).status).toBe(401);
    viewer.current = { id: 'c1', email: 'customer@example.test', role: 'CUSTOMER' };
    expect((await get(id)).status).toBe(403);
  });

  it('serves a ticket’s attachment to staff, privately, and nothing else', async () => {
    const response = await get(id);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(Object.fromEntries(response.headers)).toMatchObject({ 'content-type': 'image/png', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="bruise _.png"; filename*=UTF-8''bruise%20%C3%BC.png`);
    for (const bad of [stray, 'no-such-attachment']) expect((await get(bad)).status, bad).toBe(404);
  });
});
