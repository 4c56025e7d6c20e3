import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { TicketPriority, TicketStatus, TicketTopic } from '@/lib/db/generated/enums';
import { deleteSavedReplyAction, replyToTicketAction, saveSavedReplyAction, updateTicketAction } from '@/lib/support/admin-actions';
import { getCustomerContext, getTicketForStaff } from '@/lib/support/admin-queries';
import { listTicketsForStaff, SUPPORT_PAGE_SIZE } from '@/lib/support/inbox-queries';
import { inboxFilterSchema } from '@/lib/support/admin-schemas';
import { formatTicketNumber } from '@/lib/support/format';
import { formatDuration, getSupportMetrics, median } from '@/lib/support/metrics';
import { fillPlaceholders, listSavedReplies } from '@/lib/support/saved-replies';
import { createTicket } from '@/lib/support/service';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { createOrder } from '../factories/orders';

// A private upload directory for this file, set before anything reads the environment.
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/qlclaw-support-admin-${crypto.randomUUID()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => viewer.current }));
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/cache', () => cache);

const HOUR = 3_600_000;
const TARGET = 4;
const deps = { appUrl: 'http://localhost:3000', supportAddress: 'support@qlclaw.test' };
let me: Viewer;
let colleague: Viewer;

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const ticketRow = (number: string) => db.ticket.findUniqueOrThrow({ where: { number: Number(number.slice(4)) }, include: { events: { orderBy: { createdAt: 'asc' } }, messages: true } });
const openTicket = (email = uniqueEmail('customer')) =>
  createTicket({ name: 'Alex Back', email, topic: 'USING', message: 'Where exactly do I put it?' }, { userId: null }, deps);

beforeAll(async () => {
  await seed(db);
  const staff = async (email: string, name: string | null, role: 'SUPPORT' | 'ADMIN') => {
    const user = await db.user.create({ data: { email, name, role }, select: { id: true, email: true, role: true } });
    return user as Viewer;
  };
  me = await staff('sam.lee@qlclaw.test', null, 'SUPPORT');
  colleague = await staff('robin@qlclaw.test', 'Robin Park', 'ADMIN');
});
afterAll(() => rm(uploadDir, { recursive: true, force: true }));
beforeEach(() => {
  viewer.current = me;
  cache.revalidatePath.mockClear();
});

// First in the file, so the inbox holds only these tickets.
describe('the inbox', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const made: Record<string, string> = {};
  interface Spec { status: TicketStatus; ageHours: number; mine?: boolean; other?: boolean; answered?: boolean; priority?: TicketPriority; topic?: TicketTopic; subject?: string; note?: string }
  async function make(name: string, spec: Spec) {
    const createdAt = new Date(now.getTime() - spec.ageHours * HOUR - 60_000);
    const ticket = await db.ticket.create({
      data: {
        subject: spec.subject ?? `Question ${name}`, topic: spec.topic ?? 'USING', status: spec.status, priority: spec.priority ?? 'NORMAL',
        name: 'Alex Back', email: `${name}@example.test`, createdAt,
        assigneeId: spec.mine ? me.id : spec.other ? colleague.id : null,
        firstResponseAt: spec.answered ? new Date(createdAt.getTime() + HOUR) : null,
        messages: { create: [{ author: 'CUSTOMER', authorName: 'Alex Back', body: 'Hello, a question.', createdAt }, ...(spec.note ? [{ author: 'STAFF', authorName: 'Robin', body: spec.note, internal: true, createdAt }] : [])] },
      },
    });
    made[name] = formatTicketNumber(ticket.number);
  }
  const inbox = (query: Record<string, string>, at = now) => listTicketsForStaff(inboxFilterSchema.parse(query), { viewerId: me.id, firstResponseHours: TARGET, now: at });
  const list = async (query: Record<string, string>) => (await inbox(query)).tickets.map((t) => t.number);
  const names = (...keys: string[]) => keys.map((k) => made[k]);

  beforeAll(async () => {
    await make('late', { status: 'NEW', ageHours: 10 });
    await make('young', { status: 'OPEN', ageHours: 2, mine: true });
    await make('answered', { status: 'OPEN', ageHours: 30, other: true, answered: true, note: 'Possibly a LUMBAR strain, check the order' });
    await make('waiting', { status: 'PENDING_CUSTOMER', ageHours: 50, mine: true, answered: true, topic: 'RETURNS' });
    await make('solved', { status: 'SOLVED', ageHours: 100, other: true, answered: true, subject: 'Broken hook on arrival' });
    await make('closed', { status: 'CLOSED', ageHours: 200, answered: true });
    await make('urgent', { status: 'NEW', ageHours: 5, priority: 'URGENT' });
    await make('high', { status: 'OPEN', ageHours: 1, priority: 'HIGH' });
  });

  it('counts each view and puts breaching tickets first, then by priority and age', async () => {
    const all = await inbox({});
    expect(all.counts).toEqual({ unassigned: 3, mine: 2, open: 6, pending: 1, solved: 2, all: 8 });
    expect(all.breaching).toBe(2);
    expect(all.tickets.map((t) => t.number)).toEqual(names('late', 'urgent', 'high', 'waiting', 'answered', 'young'));
    expect(all.tickets[0]).toMatchObject({ email: 'late@example.test', status: 'NEW', assignee: null, ageHours: 10, breaching: true });
    expect(all.tickets.find((t) => t.number === made.young)).toMatchObject({ assignee: 'sam.lee@qlclaw.test', breaching: false });
    expect(all.tickets.find((t) => t.number === made.answered)).toMatchObject({ assignee: 'Robin Park', breaching: false });

    expect(await list({ view: 'unassigned' })).toEqual(names('late', 'urgent', 'high'));
    expect(await list({ view: 'mine' })).toEqual(names('waiting', 'young'));
    expect(await list({ view: 'pending' })).toEqual(names('waiting'));
    expect(await list({ view: 'solved' })).toEqual(names('solved', 'closed'));
  });

  it('filters by status, priority, topic and age, and ignores nonsense in the URL', async () => {
    expect(await list({ status: 'NEW' })).toEqual(names('late', 'urgent'));
    expect(await list({ priority: 'URGENT' })).toEqual(names('urgent'));
    expect(await list({ topic: 'RETURNS' })).toEqual(names('waiting'));
    expect(await list({ olderThan: '24' })).toEqual(names('waiting', 'answered'));
    expect(await list({ view: 'solved', status: 'CLOSED' })).toEqual(names('closed'));
    expect(await list({ view: 'bogus', status: 'NOPE', olderThan: '', q: '', page: '-1' })).toEqual(await list({}));
    expect((await inbox({ priority: 'URGENT' })).counts).toMatchObject({ unassigned: 1, mine: 0, open: 1, all: 1 });
  });

  it('searches subjects and every message body, internal notes included', async () => {
    expect(await list({ q: 'lumbar STRAIN' })).toEqual(names('answered'));
    expect((await inbox({ q: 'lumbar' })).counts).toMatchObject({ open: 1, solved: 0, all: 1 });
    expect(await list({ view: 'all', q: 'broken hook' })).toEqual(names('solved'));
    expect(await list({ view: 'all', q: made.closed! })).toEqual(names('closed'));
    expect(await list({ view: 'all', q: '%' })).toEqual([]);
    expect(await list({ view: 'all', q: 'Question _ate' })).toEqual([]);
    expect(await list({ view: 'all', q: 'Question l' })).toEqual(names('late'));
  });

  it('marks a ticket breaching only once it is unanswered past the target', async () => {
    const at = async (hoursAfterOpening: number) => {
      const opened = new Date(now.getTime() - 10 * HOUR - 60_000);
      const { tickets, breaching } = await inbox({ view: 'unassigned' }, new Date(opened.getTime() + hoursAfterOpening * HOUR));
      return { late: tickets.find((t) => t.number === made.late)!.breaching, breaching };
    };
    expect(await at(TARGET - 0.1)).toEqual({ late: false, breaching: 0 });
    expect(await at(TARGET + 0.1)).toEqual({ late: true, breaching: 1 });
    const detail = await getTicketForStaff(Number(made.late!.slice(4)), { firstResponseHours: TARGET, now });
    expect(detail).toMatchObject({ breaching: true, firstResponseMs: null });
  });

  it('pages 25 at a time, breaching tickets first across the pages', async () => {
    for (let i = 0; i < SUPPORT_PAGE_SIZE; i++) await make(`old-${i}`, { status: 'NEW', ageHours: 20 + i });
    const first = await inbox({});
    expect({ total: first.total, pages: first.pages, rows: first.tickets.length, breaching: first.breaching }).toEqual({ total: 31, pages: 2, rows: 25, breaching: 27 });
    expect(first.tickets.every((t) => t.breaching)).toBe(true);
    expect(first.tickets[0]!.number).toBe(made[`old-${SUPPORT_PAGE_SIZE - 1}`]);
    expect(await list({ page: '2' })).toEqual(names('late', 'urgent', 'high', 'waiting', 'answered', 'young'));
  });
});

describe('the ticket page', () => {
  it('shows the whole conversation with internal notes, attachments, history and the customer’s orders and returns', async () => {
    const email = uniqueEmail('buyer');
    const order = await createOrder(db, { email, status: 'DELIVERED' });
    const item = await db.orderItem.findFirstOrThrow({ where: { orderId: order.id } });
    const ret = await db.returnRequest.create({ data: { orderId: order.id, reason: 'OTHER', email, items: { create: [{ orderItemId: item.id, quantity: 1 }] } } });
    const ticket = await createTicket({ name: 'Alex Back', email, topic: 'ORDERS', orderNumber: order.label, message: 'Where is it?' }, { userId: null }, deps);
    const other = await openTicket(email);
    expect(await replyToTicketAction({ ok: true }, form({ number: ticket.number, body: 'Checking with the warehouse', visibility: 'internal' }))).toMatchObject({ ok: true });
    expect(await replyToTicketAction({ ok: true }, form({ number: ticket.number, body: 'It is on its way.', visibility: 'public' }))).toMatchObject({ ok: true });

    const detail = (await getTicketForStaff(Number(ticket.number.slice(4)), { firstResponseHours: TARGET }))!;
    expect(detail).toMatchObject({ number: ticket.number, orderNumber: order.label, status: 'PENDING_CUSTOMER', assignee: 'sam.lee@qlclaw.test', breaching: false, resolutionMs: null });
    expect(detail.firstResponseMs).toBeGreaterThanOrEqual(0);
    expect(detail.messages.map((m) => [m.fromStaff, m.internal, m.authorName])).toEqual([[false, false, 'Alex Back'], [true, true, 'Sam Lee'], [true, false, 'Sam Lee']]);
    expect(detail.events.map((e) => [e.type, e.actor])).toEqual([['created', email], ['note', me.email], ['reply', me.email]]);
    const context = await getCustomerContext(email, ticket.id);
    expect(context.orders.map((o) => o.number)).toEqual([order.label]);
    expect(context.returns).toEqual([expect.objectContaining({ number: `RMA-${ret.number}`, orderNumber: order.label, status: 'REQUESTED' })]);
    expect(context.tickets.map((t) => t.number)).toEqual([other.number]);
  });
});

describe('staff replies', () => {
  it('a public reply is e-mailed, signed with the staff member’s name, and refreshes the pages', async () => {
    const ticket = await openTicket();
    const result = await replyToTicketAction({ ok: true }, form({ number: ticket.number, body: 'Hook it just under your lowest rib.', visibility: 'public' }));
    expect(result).toMatchObject({ ok: true });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { template: 'ticket-reply', text: { contains: 'lowest rib' } } });
    expect(mail.subject).toBe(`[${ticket.number}] Sam Lee replied`);
    expect(await ticketRow(ticket.number)).toMatchObject({ status: 'PENDING_CUSTOMER', assigneeId: me.id, firstResponseAt: expect.any(Date) });
    for (const path of [`/admin/support/${ticket.number}`, '/admin/support']) expect(cache.revalidatePath).toHaveBeenCalledWith(path);
  });

  it('an internal note queues no e-mail and leaves the ticket waiting on us', async () => {
    const ticket = await openTicket();
    const before = await db.outboxMessage.count();
    const result = await replyToTicketAction({ ok: true }, form({ number: ticket.number, body: 'Customer mentioned {{orderNumber}} on the phone', visibility: 'internal' }));
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/Internal note/) });
    expect(await db.outboxMessage.count()).toBe(before);
    expect(await ticketRow(ticket.number)).toMatchObject({ status: 'NEW', firstResponseAt: null, messages: expect.arrayContaining([expect.objectContaining({ internal: true, author: 'STAFF' })]) });
  });

  it('refuses an empty reply, an unfilled placeholder, and an unknown ticket', async () => {
    const ticket = await openTicket();
    const before = await db.ticketMessage.count();
    expect(await replyToTicketAction({ ok: true }, form({ number: ticket.number, body: '  ', visibility: 'public' }))).toMatchObject({ ok: false, code: 'UNPROCESSABLE', fieldErrors: { body: [expect.any(String)] } });
    expect(await replyToTicketAction({ ok: true }, form({ number: ticket.number, body: 'About {{orderNumber}}', visibility: 'public' }))).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringMatching(/\{\{orderNumber\}\}/)] }, values: { body: 'About {{orderNumber}}' } });
    expect(await replyToTicketAction({ ok: true }, form({ number: 'SUP-99999999', body: 'Hi', visibility: 'public' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.ticketMessage.count()).toBe(before);
  });
});

describe('updating a ticket', () => {
  it('changes status, priority, assignee and tags, recording who did it, and only what changed', async () => {
    const ticket = await openTicket();
    const change = { number: ticket.number, status: 'SOLVED', priority: 'HIGH', assigneeId: colleague.id, tags: 'Refund, damaged, refund' };
    expect(await updateTicketAction({ ok: true }, form(change))).toMatchObject({ ok: true });
    const after = await ticketRow(ticket.number);
    expect(after).toMatchObject({ status: 'SOLVED', priority: 'HIGH', assigneeId: colleague.id, tags: ['refund', 'damaged'], solvedAt: expect.any(Date) });
    expect(after.events.at(-1)).toMatchObject({ type: 'updated', actor: me.email, message: expect.stringMatching(/status NEW → SOLVED; priority NORMAL → HIGH; assigned; tags: refund, damaged/) });

    // The same again (tags in another order) is no change: no history, and the solved time stays.
    expect(await updateTicketAction({ ok: true }, form({ ...change, tags: 'damaged,REFUND ' }))).toMatchObject({ ok: true, message: 'Nothing changed.' });
    expect(await updateTicketAction({ ok: true }, form({ ...change, tags: 'refund' }))).toMatchObject({ ok: true, message: `${ticket.number} updated: tags updated.` });
    const again = await ticketRow(ticket.number);
    expect(again.events.filter((e) => e.type === 'updated').map((e) => e.message).at(-1)).toBe('Changed tags: refund.');
    expect(again.events.filter((e) => e.type === 'updated')).toHaveLength(2);
    expect(again.solvedAt).toEqual(after.solvedAt);

    expect(await updateTicketAction({ ok: true }, form({ ...change, status: 'OPEN', assigneeId: '' }))).toMatchObject({ ok: true });
    expect(await ticketRow(ticket.number)).toMatchObject({ status: 'OPEN', assigneeId: null, solvedAt: null });
  });

  it('refuses an assignee who is not staff, and a status not on the list', async () => {
    const ticket = await openTicket();
    const customer = await db.user.create({ data: { email: uniqueEmail('customer') } });
    const base = { number: ticket.number, status: 'OPEN', priority: 'NORMAL', tags: '' };
    expect(await updateTicketAction({ ok: true }, form({ ...base, assigneeId: customer.id }))).toMatchObject({ ok: false, fieldErrors: { assigneeId: [expect.any(String)] } });
    expect(await updateTicketAction({ ok: true }, form({ ...base, status: 'DONE', assigneeId: '' }))).toMatchObject({ ok: false, fieldErrors: { status: [expect.any(String)] } });
    expect(await ticketRow(ticket.number)).toMatchObject({ status: 'NEW', assigneeId: null, events: [expect.objectContaining({ type: 'created' })] });
  });
});

describe('saved replies', () => {
  it('fill their placeholders, leaving one with no value for staff to see', () => {
    const body = 'Hi {{firstName}}, about {{ orderNumber }} ({{ticketNumber}}). {{signature}}';
    expect(fillPlaceholders(body, { firstName: 'Alex', orderNumber: 'QLC-10042', ticketNumber: 'SUP-3107' })).toBe('Hi Alex, about QLC-10042 (SUP-3107). {{signature}}');
    expect(fillPlaceholders(body, { firstName: null, orderNumber: null, ticketNumber: 'SUP-1' })).toBe('Hi there, about {{ orderNumber }} (SUP-1). {{signature}}');
  });

  it('are created, kept unique by title, edited and deleted', async () => {
    const created = await saveSavedReplyAction({ ok: true }, form({ title: 'Where is my order', body: 'Hi {{firstName}}, {{orderNumber}} is on its way.' }));
    expect(created).toMatchObject({ ok: true });
    const [reply] = (await listSavedReplies()).filter((r) => r.title === 'Where is my order');
    expect(await saveSavedReplyAction({ ok: true }, form({ title: 'where is MY order', body: 'x' }))).toMatchObject({ ok: false, fieldErrors: { title: [expect.stringMatching(/title/)] } });
    expect(await saveSavedReplyAction({ ok: true }, form({ title: '', body: '' }))).toMatchObject({ ok: false, code: 'UNPROCESSABLE', fieldErrors: { title: [expect.any(String)], body: [expect.any(String)] } });
    expect(await saveSavedReplyAction({ ok: true }, form({ id: reply!.id, title: 'Where is my order?', body: 'Edited' }))).toMatchObject({ ok: true });
    expect(await db.savedReply.findUniqueOrThrow({ where: { id: reply!.id } })).toMatchObject({ title: 'Where is my order?', body: 'Edited' });
    expect(cache.revalidatePath).toHaveBeenCalledWith('/admin/support', 'layout');
    expect(await deleteSavedReplyAction({ ok: true }, form({ id: reply!.id }))).toMatchObject({ ok: true });
    expect(await deleteSavedReplyAction({ ok: true }, form({ id: reply!.id }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.savedReply.count({ where: { id: reply!.id } })).toBe(0);
  });
});

describe('support metrics', () => {
  // Years ahead of every other ticket in this file, so only these count.
  const now = new Date('2031-03-10T15:00:00Z');
  const at = (iso: string) => new Date(`2031-03-${iso}Z`);

  beforeAll(async () => {
    const ticket = (createdAt: Date, extra: { firstResponseAt?: Date; rating?: 'GOOD' | 'BAD'; ratedAt?: Date } = {}) =>
      db.ticket.create({ data: { subject: 'm', topic: 'OTHER', name: 'M', email: 'metrics@example.test', createdAt, status: extra.rating ? 'SOLVED' : 'OPEN', ...extra } });
    await ticket(at('03T23:59:00'), { firstResponseAt: at('03T23:59:30'), rating: 'BAD', ratedAt: at('03T23:59:40') });
    await ticket(at('04T00:00:00'), { firstResponseAt: at('04T01:00:00'), rating: 'GOOD', ratedAt: at('05T10:00:00') });
    await ticket(at('04T08:00:00'), { firstResponseAt: at('04T11:00:00'), rating: 'GOOD', ratedAt: at('06T10:00:00') });
    await ticket(at('07T12:00:00'), { firstResponseAt: at('07T14:00:00'), rating: 'BAD', ratedAt: at('08T10:00:00') });
    await ticket(at('10T00:00:00'), { firstResponseAt: at('10T10:00:00'), rating: 'GOOD', ratedAt: at('10T14:00:00') });
    await ticket(at('10T14:00:00'));
    await ticket(at('10T14:30:00'));
  });

  it('count tickets per day, the median first response and the share of good ratings over the last 7 days', async () => {
    const metrics = await getSupportMetrics({ firstResponseHours: TARGET, now });
    expect(metrics.volume.map((d) => [d.day, d.count])).toEqual([
      ['2031-03-04', 2], ['2031-03-05', 0], ['2031-03-06', 0], ['2031-03-07', 1], ['2031-03-08', 0], ['2031-03-09', 0], ['2031-03-10', 3],
    ]);
    expect(metrics.volume[0]!.label).toBe('Tue, Mar 4');
    // 1 h, 3 h, 2 h and 10 h: the median is 2.5 h (the reply before the window is left out).
    expect(metrics.firstResponse).toEqual({ medianMs: 2.5 * HOUR, answered: 4, targetHours: TARGET });
    expect(metrics.satisfaction).toEqual({ good: 3, bad: 1, rate: 0.75 });
  });

  it('format and summarise durations', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect([30_000, 45 * 60_000, 3 * HOUR + 5 * 60_000, 2 * HOUR, 52 * HOUR].map(formatDuration)).toEqual(['under a minute', '45 min', '3 h 5 min', '2 h', '2 days 4 h']);
  });
});
