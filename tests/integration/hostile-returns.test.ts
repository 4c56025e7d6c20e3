import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { cancelReturnAction } from '@/lib/returns/actions';
import { cancelReturn } from '@/lib/returns/steps';
import { seed } from '@/prisma/seed';
import { RETURN_DEPS, returnAt } from '../factories/returns';
import { createCustomer } from '../factories/staff';
import { formData } from '../support/form-data';
import { request } from '../support/next-headers';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

beforeAll(() => seed(db));
beforeEach(async () => {
  actAs(null);
  request.ip = '198.51.100.30';
  await db.rateLimitBucket.deleteMany();
});

/** An approved return whose refund was sent to the provider and has not settled yet. */
async function approvedWithPendingRefund(email?: string) {
  const ret = await returnAt('APPROVED', { email });
  await db.refund.create({
    data: {
      returnId: ret.id,
      orderId: ret.order.id,
      attempt: 1,
      amountCents: 4900,
      currency: 'USD',
      provider: 'test',
      idempotencyKey: `refund-${ret.id}-1`,
    },
  });
  return ret;
}

describe('cancelling a return whose refund is on its way', () => {
  it('is refused with a clear message, and the return stays approved', async () => {
    const ret = await approvedWithPendingRefund();
    await expect(cancelReturn(ret.id, ret.order.email, RETURN_DEPS)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/refund .* on its way/),
    });
    const row = await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id }, select: { status: true } });
    expect(row.status).toBe('APPROVED');
  });

  it('is refused the same way through the customer’s own button', async () => {
    const customer = actAs(await createCustomer());
    const ret = await approvedWithPendingRefund(customer.email);
    const result = await cancelReturnAction({ ok: true }, formData({ returnNumber: ret.number }));
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/on its way/) });
    expect(await db.returnEvent.count({ where: { returnId: ret.id, type: 'cancelled' } })).toBe(0);
  });
});

describe('return writes from one address', () => {
  it('are limited before any signed link or order is looked up', async () => {
    request.ip = '198.51.100.31';
    let last;
    for (let i = 0; i < 31; i++) last = await cancelReturnAction({ ok: true }, formData({ token: 'forged' }));
    expect(last).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many return requests/) });
  });
});
