import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { TicketPriority, TicketStatus, TicketTopic } from '@/lib/db/generated/enums';
import { getTicketForStaff } from '@/lib/support/admin-queries';
import { listTicketsForStaff, SUPPORT_PAGE_SIZE } from '@/lib/support/inbox-queries';
import { inboxFilterSchema } from '@/lib/support/admin-schemas';
import { formatTicketNumber } from '@/lib/support/format';
import { getSupportMetrics } from '@/lib/support/metrics';
import { seed } from '@/prisma/seed';
import { createStaff } from '../factories/staff';

const HOUR = 3_600_000;
const TARGET = 4;
let me: Viewer;
let colleague: Viewer;

beforeAll(async () => {
  await seed(db);
  me = await createStaff('SUPPORT', { email: 'sam.lee@qlclaw.test' });
  colleague = await createStaff('ADMIN', { email: 'robin@qlclaw.test', name: 'Robin Park' });
});

// This file's database holds only the tickets made here, so the inbox shows exactly these.
describe('the inbox', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const made: Record<string, string> = {};
  interface Spec {
    status: TicketStatus;
    ageHours: number;
    mine?: boolean;
    other?: boolean;
    answered?: boolean;
    priority?: TicketPriority;
    topic?: TicketTopic;
    subject?: string;
    note?: string;
  }
  async function make(name: string, spec: Spec) {
    const createdAt = new Date(now.getTime() - spec.ageHours * HOUR - 60_000);
    const ticket = await db.ticket.create({
      data: {
        subject: spec.subject ?? `Question ${name}`,
        topic: spec.topic ?? 'USING',
        status: spec.status,
        priority: spec.priority ?? 'NORMAL',
        name: 'Alex Back',
        email: `${name}@example.test`,
        createdAt,
        assigneeId: spec.mine ? me.id : spec.other ? colleague.id : null,
        firstResponseAt: spec.answered ? new Date(createdAt.getTime() + HOUR) : null,
        messages: {
          create: [
            { author: 'CUSTOMER', authorName: 'Alex Back', body: 'Hello, a question.', createdAt },
            ...(spec.note ? [{ author: 'STAFF', authorName: 'Robin', body: spec.note, internal: true, createdAt }] : []),
          ],
        },
      },
    });
    made[name] = formatTicketNumber(ticket.number);
  }
  const inbox = (query: Record<string, string>, at = now) =>
    listTicketsForStaff(inboxFilterSchema.parse(query), { viewerId: me.id, firstResponseHours: TARGET, now: at });
  const list = async (query: Record<string, string>) => (await inbox(query)).tickets.map((t) => t.number);
  const names = (...keys: string[]) => keys.map((k) => made[k]);

  beforeAll(async () => {
    await make('late', { status: 'NEW', ageHours: 10 });
    await make('young', { status: 'OPEN', ageHours: 2, mine: true });
    await make('answered', {
      status: 'OPEN',
      ageHours: 30,
      other: true,
      answered: true,
      note: 'Possibly a LUMBAR strain, check the order',
    });
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
    expect({ total: first.total, pages: first.pages, rows: first.tickets.length, breaching: first.breaching }).toEqual({
      total: 31,
      pages: 2,
      rows: 25,
      breaching: 27,
    });
    expect(first.tickets.every((t) => t.breaching)).toBe(true);
    expect(first.tickets[0]!.number).toBe(made[`old-${SUPPORT_PAGE_SIZE - 1}`]);
    expect(await list({ page: '2' })).toEqual(names('late', 'urgent', 'high', 'waiting', 'answered', 'young'));
  });
});

describe('support metrics', () => {
  // Years ahead of every other ticket in this file, so only these count.
  const now = new Date('2031-03-10T15:00:00Z');
  const at = (iso: string) => new Date(`2031-03-${iso}Z`);

  beforeAll(async () => {
    const ticket = (createdAt: Date, extra: { firstResponseAt?: Date; rating?: 'GOOD' | 'BAD'; ratedAt?: Date } = {}) =>
      db.ticket.create({
        data: {
          subject: 'm',
          topic: 'OTHER',
          name: 'M',
          email: 'metrics@example.test',
          createdAt,
          status: extra.rating ? 'SOLVED' : 'OPEN',
          ...extra,
        },
      });
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
      ['2031-03-04', 2],
      ['2031-03-05', 0],
      ['2031-03-06', 0],
      ['2031-03-07', 1],
      ['2031-03-08', 0],
      ['2031-03-09', 0],
      ['2031-03-10', 3],
    ]);
    expect(metrics.volume[0]!.label).toBe('Tue, Mar 4');
    // 1 h, 3 h, 2 h and 10 h: the median is 2.5 h (the reply before the window is left out).
    expect(metrics.firstResponse).toEqual({ medianMs: 2.5 * HOUR, answered: 4, targetHours: TARGET });
    expect(metrics.satisfaction).toEqual({ good: 3, bad: 1, rate: 0.75 });
  });
});
