import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { deleteSavedReplyAction, replyAsStaffAction, saveSavedReplyAction, updateTicketAction } from '@/lib/support/admin-actions';
import { getTicketForStaff } from '@/lib/support/admin-queries';
import { getCustomerContext } from '@/lib/support/customer-context-queries';
import { listSavedReplies } from '@/lib/support/saved-replies';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { createOrder } from '../factories/orders';
import { createCustomer, createStaff } from '../factories/staff';
import { openTicket, ticketRow } from '../factories/tickets';
import { formData } from '../support/form-data';
import * as cache from '../support/next-cache';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/cache', () => import('../support/next-cache'));

const TARGET = 4;
let me: Viewer;
let colleague: Viewer;

beforeAll(async () => {
  await seed(db);
  me = await createStaff('SUPPORT', { email: 'sam.lee@qlclaw.test' });
  colleague = await createStaff('ADMIN', { email: 'robin@qlclaw.test', name: 'Robin Park' });
});
beforeEach(() => {
  actAs(me);
  cache.revalidatePath.mockClear();
});

describe('the ticket page', () => {
  it('shows the whole conversation with internal notes, attachments, history and the customer’s orders and returns', async () => {
    const email = uniqueEmail('buyer');
    const order = await createOrder(db, { email, status: 'DELIVERED' });
    const item = await db.orderItem.findFirstOrThrow({ where: { orderId: order.id } });
    const ret = await db.returnRequest.create({
      data: { orderId: order.id, reason: 'OTHER', email, items: { create: [{ orderItemId: item.id, quantity: 1 }] } },
    });
    const ticket = await openTicket({ email, topic: 'ORDERS', orderNumber: order.label, message: 'Where is it?' });
    const other = await openTicket({ email });
    expect(
      await replyAsStaffAction(
        { ok: true },
        formData({ number: ticket.number, body: 'Checking with the warehouse', visibility: 'internal' }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await replyAsStaffAction({ ok: true }, formData({ number: ticket.number, body: 'It is on its way.', visibility: 'public' })),
    ).toMatchObject({ ok: true });

    const detail = (await getTicketForStaff(Number(ticket.number.slice(4)), { firstResponseHours: TARGET }))!;
    expect(detail).toMatchObject({
      number: ticket.number,
      orderNumber: order.label,
      status: 'PENDING_CUSTOMER',
      assignee: 'sam.lee@qlclaw.test',
      breaching: false,
      resolutionMs: null,
    });
    expect(detail.firstResponseMs).toBeGreaterThanOrEqual(0);
    expect(detail.messages.map((m) => [m.fromStaff, m.internal, m.authorName])).toEqual([
      [false, false, 'Alex Back'],
      [true, true, 'Sam Lee'],
      [true, false, 'Sam Lee'],
    ]);
    expect(detail.events.map((e) => [e.type, e.actor])).toEqual([
      ['created', email],
      ['note', me.email],
      ['reply', me.email],
    ]);
    const context = (await getCustomerContext(ticket.id))!;
    expect(context.orders.map((o) => o.number)).toEqual([order.label]);
    expect(context.returns).toEqual([
      expect.objectContaining({ number: `RMA-${ret.number}`, orderNumber: order.label, status: 'REQUESTED' }),
    ]);
    expect(context.tickets.map((t) => t.number)).toEqual([other.number]);
  });
});

describe('staff replies', () => {
  it('a public reply is e-mailed, signed with the staff member’s name, and refreshes the pages', async () => {
    const ticket = await openTicket();
    const result = await replyAsStaffAction(
      { ok: true },
      formData({ number: ticket.number, body: 'Hook it just under your lowest rib.', visibility: 'public' }),
    );
    expect(result).toMatchObject({ ok: true });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { template: 'ticket-reply', text: { contains: 'lowest rib' } } });
    expect(mail.subject).toBe(`[${ticket.number}] Your QL Claw support request`);
    expect(await ticketRow(ticket.number)).toMatchObject({
      status: 'PENDING_CUSTOMER',
      assigneeId: me.id,
      firstResponseAt: expect.any(Date),
    });
    for (const path of [`/admin/support/${ticket.number}`, '/admin/support']) expect(cache.revalidatePath).toHaveBeenCalledWith(path);
  });

  it('an internal note queues no e-mail and leaves the ticket waiting on us', async () => {
    const ticket = await openTicket();
    const before = await db.outboxMessage.count();
    const result = await replyAsStaffAction(
      { ok: true },
      formData({ number: ticket.number, body: 'Customer mentioned {{orderNumber}} on the phone', visibility: 'internal' }),
    );
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/Internal note/) });
    expect(await db.outboxMessage.count()).toBe(before);
    expect(await ticketRow(ticket.number)).toMatchObject({
      status: 'NEW',
      firstResponseAt: null,
      messages: expect.arrayContaining([expect.objectContaining({ internal: true, author: 'STAFF' })]),
    });
  });

  it('refuses an empty reply, an unfilled placeholder, and an unknown ticket', async () => {
    const ticket = await openTicket();
    const before = await db.ticketMessage.count();
    expect(await replyAsStaffAction({ ok: true }, formData({ number: ticket.number, body: '  ', visibility: 'public' }))).toMatchObject({
      ok: false,
      code: 'UNPROCESSABLE',
      fieldErrors: { body: [expect.any(String)] },
    });
    expect(
      await replyAsStaffAction({ ok: true }, formData({ number: ticket.number, body: 'About {{orderNumber}}', visibility: 'public' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { body: [expect.stringMatching(/\{\{orderNumber\}\}/)] },
      values: { body: 'About {{orderNumber}}' },
    });
    expect(await replyAsStaffAction({ ok: true }, formData({ number: 'SUP-99999999', body: 'Hi', visibility: 'public' }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await db.ticketMessage.count()).toBe(before);
  });
});

describe('updating a ticket', () => {
  it('changes status, priority, assignee and tags, recording who did it, and only what changed', async () => {
    const ticket = await openTicket();
    const change = { number: ticket.number, status: 'SOLVED', priority: 'HIGH', assigneeId: colleague.id, tags: 'Refund, damaged, refund' };
    expect(await updateTicketAction({ ok: true }, formData(change))).toMatchObject({ ok: true });
    const after = await ticketRow(ticket.number);
    expect(after).toMatchObject({
      status: 'SOLVED',
      priority: 'HIGH',
      assigneeId: colleague.id,
      tags: ['refund', 'damaged'],
      solvedAt: expect.any(Date),
    });
    expect(after.events.at(-1)).toMatchObject({
      type: 'updated',
      actor: me.email,
      message: expect.stringMatching(/status NEW → SOLVED; priority NORMAL → HIGH; assigned; tags: refund, damaged/),
    });

    // The same again (tags in another order) is no change: no history, and the solved time stays.
    expect(await updateTicketAction({ ok: true }, formData({ ...change, tags: 'damaged,REFUND ' }))).toMatchObject({
      ok: true,
      message: 'Nothing changed.',
    });
    expect(await updateTicketAction({ ok: true }, formData({ ...change, tags: 'refund' }))).toMatchObject({
      ok: true,
      message: `${ticket.number} updated: tags updated.`,
    });
    const again = await ticketRow(ticket.number);
    expect(
      again.events
        .filter((e) => e.type === 'updated')
        .map((e) => e.message)
        .at(-1),
    ).toBe('Changed tags: refund.');
    expect(again.events.filter((e) => e.type === 'updated')).toHaveLength(2);
    expect(again.solvedAt).toEqual(after.solvedAt);

    expect(await updateTicketAction({ ok: true }, formData({ ...change, status: 'OPEN', assigneeId: '' }))).toMatchObject({ ok: true });
    expect(await ticketRow(ticket.number)).toMatchObject({ status: 'OPEN', assigneeId: null, solvedAt: null });
  });

  it('refuses an assignee who is not staff, and a status not on the list', async () => {
    const ticket = await openTicket();
    const customer = await createCustomer();
    const base = { number: ticket.number, status: 'OPEN', priority: 'NORMAL', tags: '' };
    expect(await updateTicketAction({ ok: true }, formData({ ...base, assigneeId: customer.id }))).toMatchObject({
      ok: false,
      fieldErrors: { assigneeId: [expect.any(String)] },
    });
    expect(await updateTicketAction({ ok: true }, formData({ ...base, status: 'DONE', assigneeId: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { status: [expect.any(String)] },
    });
    expect(await ticketRow(ticket.number)).toMatchObject({
      status: 'NEW',
      assigneeId: null,
      events: [expect.objectContaining({ type: 'created' })],
    });
  });
});

describe('saved replies', () => {
  it('are created, kept unique by title, edited and deleted', async () => {
    const created = await saveSavedReplyAction(
      { ok: true },
      formData({ title: 'Where is my order', body: 'Hi {{firstName}}, {{orderNumber}} is on its way.' }),
    );
    expect(created).toMatchObject({ ok: true });
    const [reply] = (await listSavedReplies()).filter((r) => r.title === 'Where is my order');
    expect(await saveSavedReplyAction({ ok: true }, formData({ title: 'where is MY order', body: 'x' }))).toMatchObject({
      ok: false,
      fieldErrors: { title: [expect.stringMatching(/title/)] },
    });
    expect(await saveSavedReplyAction({ ok: true }, formData({ title: '', body: '' }))).toMatchObject({
      ok: false,
      code: 'UNPROCESSABLE',
      fieldErrors: { title: [expect.any(String)], body: [expect.any(String)] },
    });
    expect(
      await saveSavedReplyAction({ ok: true }, formData({ id: reply!.id, title: 'Where is my order?', body: 'Edited' })),
    ).toMatchObject({ ok: true });
    expect(await db.savedReply.findUniqueOrThrow({ where: { id: reply!.id } })).toMatchObject({
      title: 'Where is my order?',
      body: 'Edited',
    });
    expect(cache.revalidatePath).toHaveBeenCalledWith('/admin/support', 'layout');
    expect(await deleteSavedReplyAction({ ok: true }, formData({ id: reply!.id }))).toMatchObject({ ok: true });
    expect(await deleteSavedReplyAction({ ok: true }, formData({ id: reply!.id }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.savedReply.count({ where: { id: reply!.id } })).toBe(0);
  });
});
