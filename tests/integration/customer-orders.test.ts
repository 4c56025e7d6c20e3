import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { lookupOrderAction } from '@/lib/orders/actions';
import { readOrderLink } from '@/lib/orders/links';
import { getOrderForCustomer, listOrdersForCustomer } from '@/lib/orders/queries';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { createOrder } from '../factories/orders';
import { createCustomer } from '../factories/staff';
import { formData } from '../support/form-data';

vi.mock('next/headers', () => import('../support/next-headers'));

beforeAll(() => seed(db));
beforeEach(async () => {
  await db.rateLimitBucket.deleteMany();
  await db.outboxMessage.deleteMany();
});

describe('a customer’s orders', () => {
  it('include guest orders placed with the same e-mail before signing up, but never anyone else’s or unpaid ones', async () => {
    const email = uniqueEmail('guest');
    const viewer = await createCustomer({ email });
    const guest = await createOrder(db, { email, status: 'SHIPPED' });
    await createOrder(db, { email, status: 'PENDING' });
    const stranger = await createOrder(db, { email: uniqueEmail('stranger'), status: 'PAID' });

    const orders = await listOrdersForCustomer(viewer);
    expect(orders.map((o) => o.number)).toEqual([guest.label]);
    expect(await getOrderForCustomer(guest.number, viewer)).toMatchObject({ number: guest.label, status: 'SHIPPED' });
    expect(await getOrderForCustomer(stranger.number, viewer)).toBeNull();
  });
});

describe('guest order lookup', () => {
  it('e-mails a signed link only when number and e-mail match, and answers the same either way', async () => {
    const email = uniqueEmail('lookup');
    const order = await createOrder(db, { email, status: 'PAID' });

    const hit = await lookupOrderAction({ ok: true }, formData({ number: order.label, email }));
    const miss = await lookupOrderAction({ ok: true }, formData({ number: order.label, email: uniqueEmail('wrong') }));
    expect(hit.ok && miss.ok).toBe(true);
    expect(hit.message!.replace(email, 'X')).toBe(miss.message!.replace(/\S+@example\.test/, 'X'));

    const sent = await db.outboxMessage.findMany();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(email);
    const token = decodeURIComponent(/token=([^\s"&]+)/.exec(sent[0]!.text)![1]!);
    expect(readOrderLink(token)).toEqual({ orderId: order.id, email });
    expect(readOrderLink(token.slice(0, -2) + 'xx')).toBeNull();
    expect(readOrderLink(token, new Date(Date.now() + 73 * 3_600_000))).toBeNull();
  });

  it('explains a malformed number and is rate-limited per address', async () => {
    expect(await lookupOrderAction({ ok: true }, formData({ number: 'abc', email: 'a@example.test' }))).toMatchObject({
      ok: false,
      fieldErrors: { number: ['Order numbers look like QLC-10042.'] },
    });
    const email = uniqueEmail('limited');
    for (let i = 0; i < 5; i++) expect((await lookupOrderAction({ ok: true }, formData({ number: 'QLC-1', email }))).ok).toBe(true);
    expect(await lookupOrderAction({ ok: true }, formData({ number: 'QLC-1', email }))).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });
});
