import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { ReturnReason, ReturnStatus } from '@/lib/db/generated/enums';
import { listReturnsForStaff, RETURNS_PAGE_SIZE } from '@/lib/returns/admin-queries';
import { returnQueueFilterSchema } from '@/lib/returns/admin-schemas';
import { formatReturnNumber } from '@/lib/returns/format';
import { seed } from '@/prisma/seed';
import { deliveredOrder } from '../factories/returns';

const DAY = 86_400_000;

beforeAll(() => seed(db));

// This file's database holds only the returns made here, so the queue shows exactly these.
describe('the returns queue', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const made: Record<string, string> = {};
  async function make(name: string, status: ReturnStatus, reason: ReturnReason, ageDays: number, units = 1) {
    const order = await deliveredOrder({ units, paid: false });
    const ret = await db.returnRequest.create({
      data: {
        orderId: order.id,
        status,
        reason,
        email: order.email,
        createdAt: new Date(now.getTime() - ageDays * DAY - 60_000),
        items: { create: [{ orderItemId: order.itemId, quantity: units }] },
      },
    });
    made[name] = formatReturnNumber(ret.number);
  }
  const list = async (query: Record<string, string>) =>
    (await listReturnsForStaff(returnQueueFilterSchema.parse(query), now)).returns.map((r) => r.number);

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
    expect(returns[1]).toMatchObject({
      number: made.requested,
      orderNumber: expect.stringMatching(/^QLC-\d+$/),
      reason: 'CHANGED_MIND',
      units: 2,
      ageDays: 10,
      status: 'REQUESTED',
    });
    expect(counts).toEqual({ REQUESTED: 1, APPROVED: 1, RECEIVED: 1, REFUNDED: 1, REJECTED: 1, CANCELLED: 0, EXPIRED: 0 });
  });

  it('filters by status, reason and age, and ignores nonsense in the URL', async () => {
    expect(await list({ status: 'REFUNDED' })).toEqual([made.refunded]);
    expect(await list({ status: 'all' })).toEqual([made.rejected, made.approved, made.requested, made.received, made.refunded]);
    expect(await list({ reason: 'DID_NOT_HELP' })).toEqual([made.approved]);
    expect(await list({ reason: 'DID_NOT_HELP', status: 'all' })).toEqual([made.approved, made.refunded]);
    expect(await list({ olderThan: '7' })).toEqual([made.received, made.requested]);
    expect(await list({ status: 'bogus', reason: 'nope', olderThan: '', page: '-3' })).toEqual([
      made.received,
      made.requested,
      made.approved,
    ]);
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
