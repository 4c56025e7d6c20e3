import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { verifyOrderLink } from '@/lib/orders/link-access';
import { revokeOrderLinksAction } from '@/lib/orders/link-admin-actions';
import { orderLinkFor } from '@/lib/orders/links';
import { findOwnedReturn } from '@/lib/returns/access';
import { revokeReturnLinksAction } from '@/lib/returns/link-admin-actions';
import { returnLinkFor } from '@/lib/returns/links';
import { findTicketByToken } from '@/lib/support/access';
import { revokeTicketLinksAction } from '@/lib/support/link-admin-actions';
import { seed } from '@/prisma/seed';
import { createReturn, deliveredOrder, RETURN_DEPS } from '../factories/returns';
import { openTicket } from '../factories/tickets';
import { formData } from '../support/form-data';
import { freshLinkTokenFor, tokenOf } from '../support/fresh-link';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));
vi.mock('next/cache', () => import('../support/next-cache'));

const APP_URL = RETURN_DEPS.appUrl;
const earlier = () => new Date(Date.now() - 1_000);
const body = async (to: string, template: string) => (await db.outboxMessage.findFirstOrThrow({ where: { to, template } })).text;

beforeAll(() => seed(db));
beforeEach(() => {
  actAs('support');
});

describe('the staff button "Revoke customer links and e-mail a fresh one"', () => {
  it('ends every link to an order and its returns, and the fresh e-mailed order link opens it', async () => {
    const order = await deliveredOrder({ paid: false });
    const ret = await createReturn(order);
    const orderToken = tokenOf(orderLinkFor(APP_URL, order.id, order.email, { now: earlier() }));
    const returnToken = tokenOf(returnLinkFor(APP_URL, ret.id, order.email, earlier()));

    expect(await revokeOrderLinksAction({ ok: true }, formData({ number: order.label }))).toMatchObject({ ok: true });
    expect(await verifyOrderLink(orderToken)).toBeNull();
    expect(await findOwnedReturn({ returnToken })).toBeNull();
    expect(await body(order.email, 'order-link-renewed')).toContain('Our team replaced the links');
    expect(await verifyOrderLink(await freshLinkTokenFor(order.email, 'order-link-renewed'))).toMatchObject({ orderId: order.id });
  });

  it('ends every link to a return, and the fresh e-mailed one opens it', async () => {
    const order = await deliveredOrder({ paid: false });
    const ret = await createReturn(order);
    const token = tokenOf(returnLinkFor(APP_URL, ret.id, order.email, earlier()));

    expect(await revokeReturnLinksAction({ ok: true }, formData({ number: ret.number }))).toMatchObject({ ok: true });
    expect(await findOwnedReturn({ returnToken: token })).toBeNull();
    expect(await findOwnedReturn({ returnToken: await freshLinkTokenFor(order.email, 'return-link-renewed') })).toMatchObject({
      id: ret.id,
    });
  });

  it('ends every link to a ticket, and the fresh e-mailed one opens it', async () => {
    const ticket = await openTicket();
    await new Promise((resolve) => setTimeout(resolve, 5)); // the ticket's own link was issued a moment ago
    expect(await revokeTicketLinksAction({ ok: true }, formData({ number: ticket.number }))).toMatchObject({ ok: true });
    expect(await findTicketByToken(tokenOf(ticket.url))).toBeNull();
    expect(await findTicketByToken(await freshLinkTokenFor(ticket.email, 'ticket-link-renewed'))).toMatchObject({ id: ticket.id });
  });

  it('is refused to customers and visitors, and leaves the links working', async () => {
    const order = await deliveredOrder({ paid: false });
    const token = tokenOf(orderLinkFor(APP_URL, order.id, order.email, { now: earlier() }));
    for (const who of ['customer', 'anonymous'] as const) {
      actAs(who);
      expect(await revokeOrderLinksAction({ ok: true }, formData({ number: order.label }))).toMatchObject({ ok: false });
    }
    expect(await verifyOrderLink(token)).toMatchObject({ orderId: order.id });
    expect(await db.outboxMessage.count({ where: { to: order.email, template: 'order-link-renewed' } })).toBe(0);
  });

  it('says which order is unknown', async () => {
    expect(await revokeOrderLinksAction({ ok: true }, formData({ number: 'QLC-999999' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
