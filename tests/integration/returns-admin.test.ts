import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as photo } from '@/app/api/admin/returns/photos/[...key]/route';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { ReturnReason, ReturnStatus } from '@/lib/db/generated/enums';
import { clearDisputeAction } from '@/lib/orders/admin-actions';
import { approveReturnAction, markReceivedAction, refundReturnAction, rejectReturnAction, saveReturnSettingsAction } from '@/lib/returns/admin-actions';
import { getReturnForStaff, listReturnsForStaff, RETURNS_PAGE_SIZE } from '@/lib/returns/admin-queries';
import { returnQueueFilterSchema } from '@/lib/returns/admin-schemas';
import { requestReturn } from '@/lib/returns/service';
import { formatReturnNumber } from '@/lib/returns/format';
import { DEFAULT_RETURN_SETTINGS } from '@/lib/returns/settings';
import { getReturnSettings } from '@/lib/returns/settings-store';
import { approveReturn, markReceived } from '@/lib/returns/steps';
import { storage } from '@/lib/storage';
import { seed } from '@/prisma/seed';
import { stockOf } from '../factories/cart';
import { createOrder } from '../factories/orders';

// A private upload directory for this file, set before anything reads the environment.
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/qlclaw-returns-admin-${crypto.randomUUID()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => viewer.current }));
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/cache', () => cache);

const DAY = 86_400_000;
const deps = { appUrl: 'http://localhost:3000' };
const support = { id: 's1', email: 'support@example.test', role: 'SUPPORT' } as const;
const admin = { id: 'a1', email: 'admin@example.test', role: 'ADMIN' } as const;

const form = (values: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
const returnOf = (number: string) => db.returnRequest.findUniqueOrThrow({ where: { number: Number(number.slice(4)) }, include: { refunds: { orderBy: { attempt: 'asc' } }, events: true } });

/** A delivered order of `units` QL Claws, paid through the built-in test provider (refundable unless `paid` is false). */
async function deliveredOrder(units = 1, paid = true) {
  const order = await createOrder(db, { status: 'DELIVERED', items: [{ sku: 'QLC-1', quantity: units }] });
  const row = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { paymentIntentId: true, totalCents: true, items: { select: { id: true } } } });
  if (paid) await payTestSession(order.id, row.paymentIntentId!, row.totalCents);
  return { ...order, itemId: row.items[0]!.id };
}

function payTestSession(orderId: string, paymentIntentId: string, totalCents: number) {
  return db.testCheckoutSession.create({ data: { id: `tcs_${orderId}`, orderId, status: 'complete', paymentStatus: 'paid', currency: 'USD', subtotalCents: totalCents, totalCents, paymentIntentId, expiresAt: new Date() } });
}

/** A return moved along to `status` through the domain steps; its RMA number. */
async function returnAt(status: 'REQUESTED' | 'APPROVED' | 'RECEIVED', options: { units?: number; paid?: boolean } = {}) {
  const order = await deliveredOrder(options.units ?? 1, options.paid);
  const ret = await requestReturn({ orderId: order.id, items: [{ orderItemId: order.itemId, quantity: options.units ?? 1 }], reason: 'CHANGED_MIND' }, order, deps);
  if (status !== 'REQUESTED') await approveReturn(ret.id, 'staff', deps);
  if (status === 'RECEIVED') await markReceived(ret.id, { conditionNotes: '', sellable: false }, 'staff', deps);
  return { ...ret, order };
}

beforeAll(() => seed(db));
afterAll(() => rm(uploadDir, { recursive: true, force: true }));
beforeEach(() => {
  viewer.current = support;
  cache.revalidatePath.mockClear();
});

// First in the file, so the queue holds only these returns.
describe('the returns queue', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const made: Record<string, string> = {};
  async function make(name: string, status: ReturnStatus, reason: ReturnReason, ageDays: number, units = 1) {
    const order = await deliveredOrder(units, false);
    const ret = await db.returnRequest.create({
      data: { orderId: order.id, status, reason, email: order.email, createdAt: new Date(now.getTime() - ageDays * DAY - 60_000), items: { create: [{ orderItemId: order.itemId, quantity: units }] } },
    });
    made[name] = formatReturnNumber(ret.number);
  }
  const list = async (query: Record<string, string>) => (await listReturnsForStaff(returnQueueFilterSchema.parse(query), now)).returns.map((r) => r.number);

  beforeAll(async () => {
    await make('requested', 'REQUESTED', 'CHANGED_MIND', 10, 2);
    await make('approved', 'APPROVED', 'DID_NOT_HELP', 3);
    await make('received', 'RECEIVED', 'ARRIVED_DAMAGED', 20);
    await make('refunded', 'REFUNDED', 'DID_NOT_HELP', 40);
    await make('rejected', 'REJECTED', 'OTHER', 1);
  });

  it('shows open returns oldest first by default, with what staff need on each row', async () => {
    expect(await list({})).toEqual([made.received, made.requested, made.approved]);
    const { returns, counts } = await listReturnsForStaff(returnQueueFilterSchema.parse({}), now);
    expect(returns[1]).toMatchObject({ number: made.requested, orderNumber: expect.stringMatching(/^QLC-\d+$/), reason: 'CHANGED_MIND', units: 2, ageDays: 10, status: 'REQUESTED' });
    expect(counts).toEqual({ REQUESTED: 1, APPROVED: 1, RECEIVED: 1, REFUNDED: 1, REJECTED: 1, CANCELLED: 0, EXPIRED: 0 });
  });

  it('filters by status, reason and age, and ignores nonsense in the URL', async () => {
    expect(await list({ status: 'REFUNDED' })).toEqual([made.refunded]);
    expect(await list({ status: 'all' })).toEqual([made.rejected, made.approved, made.requested, made.received, made.refunded]);
    expect(await list({ reason: 'DID_NOT_HELP' })).toEqual([made.approved]);
    expect(await list({ reason: 'DID_NOT_HELP', status: 'all' })).toEqual([made.approved, made.refunded]);
    expect(await list({ olderThan: '7' })).toEqual([made.received, made.requested]);
    expect(await list({ status: 'bogus', reason: 'nope', olderThan: '', page: '-3' })).toEqual([made.received, made.requested, made.approved]);
    const { counts } = await listReturnsForStaff(returnQueueFilterSchema.parse({ reason: 'DID_NOT_HELP' }), now);
    expect(counts).toMatchObject({ APPROVED: 1, REFUNDED: 1, REQUESTED: 0 });
  });

  it('pages 25 at a time', async () => {
    for (let i = 0; i < RETURNS_PAGE_SIZE; i++) await make(`old-${i}`, 'REQUESTED', 'OTHER', 100 + i);
    const first = await listReturnsForStaff(returnQueueFilterSchema.parse({}), now);
    expect({ total: first.total, pages: first.pages, rows: first.returns.length }).toEqual({ total: 28, pages: 2, rows: 25 });
    expect(first.returns[0]!.number).toBe(made[`old-${RETURNS_PAGE_SIZE - 1}`]);
    expect(await list({ page: '2' })).toEqual([made.received, made.requested, made.approved]);
  });
});

describe('staff actions on a return', () => {
  it('approve: moves it on once, records who did it and refreshes the pages', async () => {
    const ret = await returnAt('REQUESTED');
    expect(await approveReturnAction({ ok: true }, form({ number: ret.number }))).toMatchObject({ ok: true });
    const after = await returnOf(ret.number);
    expect(after.status).toBe('APPROVED');
    expect(after.events.find((e) => e.type === 'approved')).toMatchObject({ actor: support.email });
    for (const path of [`/admin/returns/${ret.number}`, '/admin/returns', `/admin/orders/${ret.order.label}`]) expect(cache.revalidatePath).toHaveBeenCalledWith(path);
    expect(await approveReturnAction({ ok: true }, form({ number: ret.number }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await approveReturnAction({ ok: true }, form({ number: 'RMA-99999999' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('reject: requires a reason, which the customer is told', async () => {
    const ret = await returnAt('REQUESTED');
    const refused = await rejectReturnAction({ ok: true }, form({ number: ret.number, reason: '  ' }));
    expect(refused).toMatchObject({ ok: false, code: 'UNPROCESSABLE', fieldErrors: { reason: [expect.stringMatching(/why/)] } });
    expect((await returnOf(ret.number)).status).toBe('REQUESTED');
    expect(await rejectReturnAction({ ok: true }, form({ number: ret.number, reason: 'Used for six months.' }))).toMatchObject({ ok: true });
    expect(await returnOf(ret.number)).toMatchObject({ status: 'REJECTED', rejectionReason: 'Used for six months.' });
    expect(await db.outboxMessage.count({ where: { dedupeKey: `return-rejected:${ret.id}` } })).toBe(1);
  });

  it('mark received: puts sellable units back in stock once', async () => {
    const ret = await returnAt('APPROVED', { units: 2 });
    const stock = await stockOf('QLC-1');
    const received = form({ number: ret.number, conditionNotes: 'Both as new', sellable: 'on' });
    expect(await markReceivedAction({ ok: true }, received)).toMatchObject({ ok: true, message: expect.stringMatching(/back in stock/) });
    expect(await markReceivedAction({ ok: true }, received)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await stockOf('QLC-1')).toBe(stock + 2);
    expect(await returnOf(ret.number)).toMatchObject({ status: 'RECEIVED', restocked: true, conditionNotes: 'Both as new' });

    const unsellable = await returnAt('APPROVED');
    expect(await markReceivedAction({ ok: true }, form({ number: unsellable.number, conditionNotes: 'Cracked' }))).toMatchObject({ ok: true });
    expect(await stockOf('QLC-1')).toBe(stock + 2);
  });

  it('refund: pays back the amount the page showed, once, even from two clicks at the same time', async () => {
    const ret = await returnAt('RECEIVED');
    const shown = (await getReturnForStaff(Number(ret.number.slice(4)), DEFAULT_RETURN_SETTINGS))!.refund;
    expect(shown).toEqual({ kind: 'ready', amount: { amount: 4900, currency: 'USD' }, retry: false });
    const results = await Promise.all([refundReturnAction({ ok: true }, form({ number: ret.number })), refundReturnAction({ ok: true }, form({ number: ret.number }))]);
    expect(results).toEqual([expect.objectContaining({ ok: true }), expect.objectContaining({ ok: true })]);
    const after = await returnOf(ret.number);
    expect(after.status).toBe('REFUNDED');
    expect(after.refunds.map((r) => [r.attempt, r.status, r.amountCents])).toEqual([[1, 'SUCCEEDED', 4900]]);
    expect((await getReturnForStaff(Number(ret.number.slice(4)), DEFAULT_RETURN_SETTINGS))!.refund).toEqual({ kind: 'none' });
  });

  it('refund: a failure keeps its reason and says so, and a retry is a new attempt', async () => {
    const ret = await returnAt('RECEIVED', { paid: false });
    const failed = await refundReturnAction({ ok: true }, form({ number: ret.number }));
    const { paymentIntentId, totalCents } = await db.order.findUniqueOrThrow({ where: { id: ret.order.id } });
    expect(failed).toMatchObject({ ok: false, message: `The refund failed: No test payment ${paymentIntentId}. You can retry.` });
    const detail = await getReturnForStaff(Number(ret.number.slice(4)), DEFAULT_RETURN_SETTINGS);
    expect(detail!.refunds).toEqual([expect.objectContaining({ attempt: 1, status: 'FAILED', failureReason: `No test payment ${paymentIntentId}.` })]);
    expect(detail!.refund).toMatchObject({ kind: 'ready', retry: true });

    await payTestSession(ret.order.id, paymentIntentId!, totalCents);
    expect(await refundReturnAction({ ok: true }, form({ number: ret.number }))).toMatchObject({ ok: true });
    expect((await returnOf(ret.number)).refunds.map((r) => [r.attempt, r.status])).toEqual([[1, 'FAILED'], [2, 'SUCCEEDED']]);
  });

  it('refund: waits on a disputed order until an admin clears the flag', async () => {
    const ret = await returnAt('RECEIVED');
    await db.order.update({ where: { id: ret.order.id }, data: { disputed: true } });
    expect((await getReturnForStaff(Number(ret.number.slice(4)), DEFAULT_RETURN_SETTINGS))!.refund).toMatchObject({ kind: 'blocked', why: expect.stringMatching(/disputed/) });
    expect(await refundReturnAction({ ok: true }, form({ number: ret.number }))).toMatchObject({ ok: false, code: 'CONFLICT' });

    expect(await clearDisputeAction({ ok: true }, form({ number: ret.order.label }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    viewer.current = admin;
    expect(await clearDisputeAction({ ok: true }, form({ number: ret.order.label }))).toMatchObject({ ok: true });
    expect(await clearDisputeAction({ ok: true }, form({ number: ret.order.label }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await db.orderEvent.findFirst({ where: { orderId: ret.order.id, type: 'dispute_cleared' } })).toMatchObject({ actor: admin.email });
    expect(await refundReturnAction({ ok: true }, form({ number: ret.number }))).toMatchObject({ ok: true });
  });
});

describe('the return policy settings', () => {
  const valid = { autoApproveReasons: ['DID_NOT_HELP', 'ARRIVED_DAMAGED'], refundRequiresReceipt: 'on', awaitItemDays: '45', reminderDaysBefore: '10' };

  it('are saved by admins only, and validated', async () => {
    expect(await saveReturnSettingsAction({ ok: true }, form(valid))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    viewer.current = admin;
    const refused = await saveReturnSettingsAction({ ok: true }, form({ ...valid, awaitItemDays: '3', reminderDaysBefore: 'x', autoApproveReasons: ['DID_NOT_HELP', 'FREE_MONEY'] }));
    expect(refused).toMatchObject({ ok: false, code: 'UNPROCESSABLE', values: { awaitItemDays: '3', autoApproveReasons: 'DID_NOT_HELP,FREE_MONEY' } });
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(['autoApproveReasons', 'awaitItemDays', 'reminderDaysBefore']);
    expect(await saveReturnSettingsAction({ ok: true }, form({ ...valid, awaitItemDays: '20', reminderDaysBefore: '20' }))).toMatchObject({ ok: false, fieldErrors: { reminderDaysBefore: [expect.stringMatching(/before the return expires/)] } });
    expect(await getReturnSettings()).toEqual(DEFAULT_RETURN_SETTINGS);

    expect(await saveReturnSettingsAction({ ok: true }, form(valid))).toMatchObject({ ok: true });
    expect(await getReturnSettings()).toEqual({ autoApproveReasons: ['DID_NOT_HELP', 'ARRIVED_DAMAGED'], refundRequiresReceipt: true, awaitItemDays: 45, reminderDaysBefore: 10 });
  });

  it('let an approved return be refunded before it arrives when receipt is not required', async () => {
    viewer.current = admin;
    expect(await saveReturnSettingsAction({ ok: true }, form({ ...valid, autoApproveReasons: [], refundRequiresReceipt: '' }))).toMatchObject({ ok: true });
    expect(await getReturnSettings()).toMatchObject({ autoApproveReasons: [], refundRequiresReceipt: false });
    const ret = await returnAt('APPROVED');
    expect((await getReturnForStaff(Number(ret.number.slice(4)), await getReturnSettings()))!.refund).toMatchObject({ kind: 'ready' });
    expect(await refundReturnAction({ ok: true }, form({ number: ret.number }))).toMatchObject({ ok: true });
    expect((await returnOf(ret.number)).status).toBe('REFUNDED');
    expect(await saveReturnSettingsAction({ ok: true }, form({ ...valid, autoApproveReasons: ['DID_NOT_HELP'], awaitItemDays: '30', reminderDaysBefore: '7' }))).toMatchObject({ ok: true });
  });
});

describe('the return photo route', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const get = (key: string) => photo(new Request(`http://localhost/api/admin/returns/photos/${key}`), { params: Promise.resolve({ key: key.split('/') }) });
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
    viewer.current = null;
    expect((await get(key)).status).toBe(401);
    viewer.current = { id: 'c1', email: 'customer@example.test', role: 'CUSTOMER' };
    expect((await get(key)).status).toBe(403);
  });

  it('serves a return’s photo to staff, privately', async () => {
    const response = await get(key);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(Object.fromEntries(response.headers)).toMatchObject({ 'content-type': 'image/png', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  });

  it('answers 404 outside private/returns/, for keys no return holds, and for bad keys', async () => {
    for (const bad of ['private/support/t1/note.png', 'private/returns/stray/photo.png', `${key}.meta.json`, 'private/returns/../support/t1/note.png', 'public/covers/x.png']) {
      expect((await get(bad)).status, bad).toBe(404);
    }
  });
});
