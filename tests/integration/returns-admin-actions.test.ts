import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { clearDisputeAction } from '@/lib/orders/admin-actions';
import { approveReturnAction, markReceivedAction, refundReturnAction, rejectReturnAction } from '@/lib/returns/admin-actions';
import { getReturnForStaff } from '@/lib/returns/admin-detail-queries';
import { DEFAULT_RETURN_SETTINGS } from '@/lib/returns/settings';
import { seed } from '@/prisma/seed';
import { stockOf } from '../factories/cart';
import { payTestSession, returnAt, returnRow } from '../factories/returns';
import { formData } from '../support/form-data';
import * as cache from '../support/next-cache';
import { actAs, people } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

beforeAll(() => seed(db));
beforeEach(() => {
  actAs('support');
  cache.revalidatePath.mockClear();
});

describe('staff actions on a return', () => {
  it('approve: moves it on once, records who did it and refreshes the pages', async () => {
    const ret = await returnAt('REQUESTED');
    expect(await approveReturnAction({ ok: true }, formData({ number: ret.number }))).toMatchObject({ ok: true });
    const after = await returnRow(ret.number);
    expect(after.status).toBe('APPROVED');
    expect(after.events.find((e) => e.type === 'approved')).toMatchObject({ actor: people.support.email });
    for (const path of [`/admin/returns/${ret.number}`, '/admin/returns', `/admin/orders/${ret.order.label}`])
      expect(cache.revalidatePath).toHaveBeenCalledWith(path);
    expect(await approveReturnAction({ ok: true }, formData({ number: ret.number }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await approveReturnAction({ ok: true }, formData({ number: 'RMA-99999999' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('reject: requires a reason, which the customer is told', async () => {
    const ret = await returnAt('REQUESTED');
    const refused = await rejectReturnAction({ ok: true }, formData({ number: ret.number, reason: '  ' }));
    expect(refused).toMatchObject({ ok: false, code: 'UNPROCESSABLE', fieldErrors: { reason: [expect.stringMatching(/why/)] } });
    expect((await returnRow(ret.number)).status).toBe('REQUESTED');
    expect(await rejectReturnAction({ ok: true }, formData({ number: ret.number, reason: 'Used for six months.' }))).toMatchObject({
      ok: true,
    });
    expect(await returnRow(ret.number)).toMatchObject({ status: 'REJECTED', rejectionReason: 'Used for six months.' });
    expect(await db.outboxMessage.count({ where: { dedupeKey: `return-rejected:${ret.id}` } })).toBe(1);
  });

  it('mark received: puts sellable units back in stock once', async () => {
    actAs('admin'); // restocking moves stock: admins only (staff-access.test.ts)
    const ret = await returnAt('APPROVED', { units: 2 });
    const stock = await stockOf('QLC-1');
    const received = formData({ number: ret.number, conditionNotes: 'Both as new', sellable: 'on' });
    expect(await markReceivedAction({ ok: true }, received)).toMatchObject({ ok: true, message: expect.stringMatching(/back in stock/) });
    expect(await markReceivedAction({ ok: true }, received)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await stockOf('QLC-1')).toBe(stock + 2);
    expect(await returnRow(ret.number)).toMatchObject({ status: 'RECEIVED', restocked: true, conditionNotes: 'Both as new' });

    const unsellable = await returnAt('APPROVED');
    expect(await markReceivedAction({ ok: true }, formData({ number: unsellable.number, conditionNotes: 'Cracked' }))).toMatchObject({
      ok: true,
    });
    expect(await stockOf('QLC-1')).toBe(stock + 2);
  });

  it('refund: pays back the amount the page showed, once, even from two clicks at the same time', async () => {
    actAs('admin'); // refunds are admin-only (staff-access.test.ts)
    const ret = await returnAt('RECEIVED');
    const shown = (await getReturnForStaff(Number(ret.number.slice(4)), DEFAULT_RETURN_SETTINGS))!.refund;
    expect(shown).toEqual({ kind: 'ready', amount: { amount: 4900, currency: 'USD' }, retry: false });
    const results = await Promise.all([
      refundReturnAction({ ok: true }, formData({ number: ret.number })),
      refundReturnAction({ ok: true }, formData({ number: ret.number })),
    ]);
    expect(results).toEqual([expect.objectContaining({ ok: true }), expect.objectContaining({ ok: true })]);
    const after = await returnRow(ret.number);
    expect(after.status).toBe('REFUNDED');
    expect(after.refunds.map((r) => [r.attempt, r.status, r.amountCents])).toEqual([[1, 'SUCCEEDED', 4900]]);
    expect((await getReturnForStaff(Number(ret.number.slice(4)), DEFAULT_RETURN_SETTINGS))!.refund).toEqual({ kind: 'none' });
  });

  it('refund: a failure keeps its reason and says so, and a retry is a new attempt', async () => {
    actAs('admin');
    const ret = await returnAt('RECEIVED', { paid: false });
    const failed = await refundReturnAction({ ok: true }, formData({ number: ret.number }));
    const { paymentIntentId, totalCents } = await db.order.findUniqueOrThrow({ where: { id: ret.order.id } });
    expect(failed).toMatchObject({ ok: false, message: `The refund failed: No test payment ${paymentIntentId}. You can retry.` });
    const detail = await getReturnForStaff(Number(ret.number.slice(4)), DEFAULT_RETURN_SETTINGS);
    expect(detail!.refunds).toEqual([
      expect.objectContaining({ attempt: 1, status: 'FAILED', failureReason: `No test payment ${paymentIntentId}.` }),
    ]);
    expect(detail!.refund).toMatchObject({ kind: 'ready', retry: true });

    await payTestSession(ret.order.id, paymentIntentId!, totalCents);
    expect(await refundReturnAction({ ok: true }, formData({ number: ret.number }))).toMatchObject({ ok: true });
    expect((await returnRow(ret.number)).refunds.map((r) => [r.attempt, r.status])).toEqual([
      [1, 'FAILED'],
      [2, 'SUCCEEDED'],
    ]);
  });

  it('refund: waits on a disputed order until an admin clears the flag', async () => {
    const ret = await returnAt('RECEIVED');
    await db.order.update({ where: { id: ret.order.id }, data: { disputed: true } });
    expect((await getReturnForStaff(Number(ret.number.slice(4)), DEFAULT_RETURN_SETTINGS))!.refund).toMatchObject({
      kind: 'blocked',
      why: expect.stringMatching(/disputed/),
    });
    actAs('admin');
    expect(await refundReturnAction({ ok: true }, formData({ number: ret.number }))).toMatchObject({ ok: false, code: 'CONFLICT' });

    actAs('support');
    expect(await clearDisputeAction({ ok: true }, formData({ number: ret.order.label }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    actAs('admin');
    expect(await clearDisputeAction({ ok: true }, formData({ number: ret.order.label }))).toMatchObject({ ok: true });
    expect(await clearDisputeAction({ ok: true }, formData({ number: ret.order.label }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await db.orderEvent.findFirst({ where: { orderId: ret.order.id, type: 'dispute_cleared' } })).toMatchObject({
      actor: people.admin.email,
    });
    expect(await refundReturnAction({ ok: true }, formData({ number: ret.number }))).toMatchObject({ ok: true });
  });
});
