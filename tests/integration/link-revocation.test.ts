import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { verifyOrderLink } from '@/lib/orders/link-access';
import { renewOrderLinkAction } from '@/lib/orders/link-actions';
import { orderLinkFor } from '@/lib/orders/links';
import { findOwnedOrder, findOwnedReturn, guestReturnPath } from '@/lib/returns/access';
import { cancelReturnAction, requestReturnAction } from '@/lib/returns/actions';
import { renewReturnLinkAction } from '@/lib/returns/link-actions';
import { returnLinkFor } from '@/lib/returns/links';
import { readLink, sign } from '@/lib/signing';
import { findTicketByToken, ownedTicketWhere } from '@/lib/support/access';
import { replyAsCustomerAction } from '@/lib/support/actions';
import { renewTicketLinkAction } from '@/lib/support/link-actions';
import { seed } from '@/prisma/seed';
import { createReturn, deliveredOrder, RETURN_DEPS } from '../factories/returns';
import { openTicket } from '../factories/tickets';
import { formData } from '../support/form-data';
import { freshLinkTokenFor, tokenOf } from '../support/fresh-link';
import { request } from '../support/next-headers';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));
vi.mock('next/cache', () => import('../support/next-cache'));
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

const APP_URL = RETURN_DEPS.appUrl;
/** Links the customer got a moment ago, so a revocation now is strictly after they were issued. */
const earlier = () => new Date(Date.now() - 1_000);
const outboxTo = (to: string) => db.outboxMessage.count({ where: { to } });
let ip = 0;

beforeAll(() => seed(db));
beforeEach(() => {
  actAs(null);
  request.ip = `203.0.113.${++ip}`;
});

async function guestOrder() {
  const order = await deliveredOrder({ units: 2, paid: false });
  return { order, token: tokenOf(orderLinkFor(APP_URL, order.id, order.email, { now: earlier() })) };
}

const startReturn = (token: string, itemId: string) =>
  requestReturnAction(
    { ok: true },
    formData({ token, reason: 'DID_NOT_HELP', comment: '', 'items.0.orderItemId': itemId, 'items.0.quantity': '1' }),
  ).catch((error: Error) => error.message);

describe('an order link its holder replaces', () => {
  it('stops opening the order, its returns and its actions; the e-mailed one opens them', async () => {
    const { order, token } = await guestOrder();
    const minted = tokenOf(guestReturnPath((await createReturn(order)).id, order.email, earlier()));
    expect(await findOwnedReturn({ returnToken: minted })).not.toBeNull();

    const renewed = await renewOrderLinkAction({ ok: true }, formData({ token, email: 'attacker@example.test' }));
    expect(renewed).toMatchObject({ ok: true, message: expect.stringContaining('on its way') });
    expect(renewed.message).not.toMatch(/token=/);
    expect(await db.outboxMessage.count({ where: { to: 'attacker@example.test' } })).toBe(0);

    expect(await verifyOrderLink(token)).toBeNull();
    expect(await findOwnedOrder({ orderToken: token })).toBeNull();
    expect(await findOwnedReturn({ returnToken: minted })).toBeNull();
    expect(await startReturn(token, order.itemId)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.returnRequest.count({ where: { orderId: order.id } })).toBe(1);

    const fresh = await freshLinkTokenFor(order.email, 'order-link-renewed');
    expect(await findOwnedOrder({ orderToken: fresh })).toMatchObject({ id: order.id });
    expect(await startReturn(fresh!, order.itemId)).toMatch(/^NEXT_REDIRECT \/returns\/view\?token=/);
  });

  it('cannot be pressed again on the revoked link, nor on an altered one, to mint another link', async () => {
    const { order, token } = await guestOrder();
    await renewOrderLinkAction({ ok: true }, formData({ token }));
    const sent = await outboxTo(order.email);
    const fresh = await freshLinkTokenFor(order.email, 'order-link-renewed');

    expect(await renewOrderLinkAction({ ok: true }, formData({ token }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const forged = sign('order-link', `${order.id}|someone-else@example.test|${Date.now().toString(36)}~zzzzzzzz`).replace(/.$/, 'x');
    expect(await renewOrderLinkAction({ ok: true }, formData({ token: forged }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await renewOrderLinkAction({ ok: true }, formData({}))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await outboxTo(order.email)).toBe(sent);
    // The holder's fresh link is untouched by those attempts.
    expect(await verifyOrderLink(fresh)).toMatchObject({ orderId: order.id });
  });

  it('is limited to three new links an hour per order', async () => {
    const { order } = await guestOrder();
    let token = tokenOf(orderLinkFor(APP_URL, order.id, order.email, { now: earlier() }));
    for (let i = 0; i < 3; i++) {
      expect((await renewOrderLinkAction({ ok: true }, formData({ token }))).ok).toBe(true);
      token = (await freshLinkTokenFor(order.email, 'order-link-renewed'))!;
    }
    expect(await renewOrderLinkAction({ ok: true }, formData({ token }))).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });
});

describe('a return link its holder replaces', () => {
  it('stops opening the return and cancelling it; the e-mailed one does', async () => {
    const { order } = await guestOrder();
    const ret = await createReturn(order);
    const token = tokenOf(returnLinkFor(APP_URL, ret.id, order.email, earlier()));
    expect(await renewReturnLinkAction({ ok: true }, formData({ token }))).toMatchObject({ ok: true });

    expect(await findOwnedReturn({ returnToken: token })).toBeNull();
    const cancel = (t: string) => cancelReturnAction({ ok: true }, formData({ token: t })).catch((error: Error) => error.message);
    expect(await cancel(token)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await renewReturnLinkAction({ ok: true }, formData({ token }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const fresh = (await freshLinkTokenFor(order.email, 'return-link-renewed'))!;
    expect(await findOwnedReturn({ returnToken: fresh })).toMatchObject({ id: ret.id });
    expect(await cancel(fresh)).toMatch(/^NEXT_REDIRECT/);
    expect((await db.returnRequest.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe('CANCELLED');
  });
});

describe('a ticket link its holder replaces', () => {
  it('stops opening the conversation and replying in it; the e-mailed one does', async () => {
    const ticket = await openTicket();
    const token = tokenOf(ticket.url);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the link was issued when the ticket was opened, just now
    expect(await renewTicketLinkAction({ ok: true }, formData({ token }))).toMatchObject({ ok: true });

    expect(await findTicketByToken(token)).toBeNull();
    // The attachment route finds files through the same filters.
    expect(await db.ticket.count({ where: ownedTicketWhere({ ticketToken: token })! })).toBe(0);
    const reply = (t: string) =>
      replyAsCustomerAction({ ok: true }, formData({ token: t, message: 'Still tight after a week.' })).catch((e: Error) => e.message);
    expect(await reply(token)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await renewTicketLinkAction({ ok: true }, formData({ token }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const fresh = (await freshLinkTokenFor(ticket.email, 'ticket-link-renewed'))!;
    expect(await findTicketByToken(fresh)).toMatchObject({ id: ticket.id });
    expect(await reply(fresh)).toMatch(/^NEXT_REDIRECT/);
  });
});

describe('links from before revocation existed', () => {
  it('read as issued at the epoch: they keep working until the first revocation', () => {
    const old = sign('order-link', `order1|a@example.test~${(Date.now() + 3_600_000).toString(36)}`);
    expect(readLink('order-link', old)).toEqual({ id: 'order1', email: 'a@example.test', issuedAt: new Date(0) });
  });
});
