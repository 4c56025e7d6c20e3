import 'server-only';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import type { TicketPriority, TicketStatus, TicketTopic } from '@/lib/db/generated/enums';
import { staffNames } from './admin-queries';
import { INBOX_VIEWS, OPEN_TICKET_STATUSES, parseTicketRef, type InboxFilter, type InboxView } from './admin-schemas';
import { formatTicketNumber } from './format';
import { breachingWhere, isBreaching } from './policy';

/** The staff inbox: one page of tickets under a view and filters, breaching ones first in the work views. DTOs only. */
const HOUR = 3_600_000;
export const SUPPORT_PAGE_SIZE = 25;
/** Views of work still to do: the tickets breaching the first-response target come first. */
const WORK_VIEWS: readonly InboxView[] = ['unassigned', 'mine', 'open', 'pending'];

export interface InboxOptions {
  viewerId: string;
  /** SUPPORT_FIRST_RESPONSE_HOURS: an unanswered open ticket older than this is breaching. */
  firstResponseHours: number;
  now?: Date;
}

export interface TicketRowDto {
  number: string;
  subject: string;
  email: string;
  topic: TicketTopic;
  priority: TicketPriority;
  status: TicketStatus;
  assignee: string | null;
  createdAt: Date;
  ageHours: number;
  breaching: boolean;
  /** False while the sender has not proved the e-mail (sender-verification.ts). */
  senderVerified: boolean;
}

export interface InboxDto {
  tickets: TicketRowDto[];
  total: number;
  page: number;
  pages: number;
  /** Per view, under the same filters. */
  counts: Record<InboxView, number>;
  /** Open tickets waiting past the first-response target, whatever the filters. */
  breaching: number;
}

function viewWhere(view: InboxView, viewerId: string): Prisma.TicketWhereInput {
  const open = { status: { in: [...OPEN_TICKET_STATUSES] } };
  switch (view) {
    case 'unassigned':
      return { ...open, assigneeId: null };
    case 'mine':
      return { ...open, assigneeId: viewerId };
    case 'open':
      return open;
    case 'pending':
      return { status: 'PENDING_CUSTOMER' };
    case 'solved':
      return { status: { in: ['SOLVED', 'CLOSED'] } };
    case 'all':
      return {};
  }
}

function filterWhere(filter: InboxFilter, now: Date): Prisma.TicketWhereInput {
  const where: Prisma.TicketWhereInput = {};
  if (filter.status) where.status = filter.status;
  if (filter.priority) where.priority = filter.priority;
  if (filter.topic) where.topic = filter.topic;
  if (filter.olderThan) where.createdAt = { lt: new Date(now.getTime() - filter.olderThan * HOUR) };
  if (filter.q) {
    // Prisma passes the text to LIKE as is: % and _ must match themselves.
    const contains = { contains: filter.q.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' as const };
    const number = parseTicketRef(filter.q);
    // Staff-only, so internal notes are searched too.
    where.OR = [{ subject: contains }, { email: contains }, { messages: { some: { body: contains } } }, ...(number ? [{ number }] : [])];
  }
  return where;
}

const rowSelect = {
  number: true,
  subject: true,
  email: true,
  topic: true,
  priority: true,
  status: true,
  assigneeId: true,
  createdAt: true,
  firstResponseAt: true,
  senderVerifiedAt: true,
} satisfies Prisma.TicketSelect;
type Row = Prisma.TicketGetPayload<{ select: typeof rowSelect }>;

export async function listTicketsForStaff(filter: InboxFilter, options: InboxOptions, client: DbOrTx = db): Promise<InboxDto> {
  const now = options.now ?? new Date();
  const base = filterWhere(filter, now);
  const where: Prisma.TicketWhereInput = { AND: [viewWhere(filter.view, options.viewerId), base] };
  const skip = (filter.page - 1) * SUPPORT_PAGE_SIZE;
  const [total, counted, breaching, rows] = await Promise.all([
    client.ticket.count({ where }),
    Promise.all(INBOX_VIEWS.map((view) => client.ticket.count({ where: { AND: [viewWhere(view, options.viewerId), base] } }))),
    client.ticket.count({ where: breachingWhere(options.firstResponseHours, now) }),
    WORK_VIEWS.includes(filter.view)
      ? breachingFirst(where, skip, options.firstResponseHours, now, client)
      : client.ticket.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
          skip,
          take: SUPPORT_PAGE_SIZE,
          select: rowSelect,
        }),
  ]);
  const names = await staffNames(
    rows.map((r) => r.assigneeId),
    client,
  );
  return {
    tickets: rows.map((r) => ({
      number: formatTicketNumber(r.number),
      subject: r.subject,
      email: r.email,
      topic: r.topic,
      priority: r.priority,
      status: r.status,
      assignee: r.assigneeId ? (names.get(r.assigneeId) ?? 'Former staff member') : null,
      createdAt: r.createdAt,
      ageHours: Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / HOUR)),
      breaching: isBreaching(r, options.firstResponseHours, now),
      senderVerified: r.senderVerifiedAt !== null,
    })),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / SUPPORT_PAGE_SIZE)),
    counts: Object.fromEntries(INBOX_VIEWS.map((view, i) => [view, counted[i]!])) as Record<InboxView, number>,
    breaching,
  };
}

/** One page of `where`: breaching tickets (longest waiting first), then the rest by priority and age. */
async function breachingFirst(where: Prisma.TicketWhereInput, skip: number, hours: number, now: Date, client: DbOrTx): Promise<Row[]> {
  const late = breachingWhere(hours, now);
  const lateWhere = { AND: [where, late] };
  const lateCount = await client.ticket.count({ where: lateWhere });
  const first =
    skip < lateCount
      ? await client.ticket.findMany({
          where: lateWhere,
          orderBy: [{ createdAt: 'asc' }, { number: 'asc' }],
          skip,
          take: SUPPORT_PAGE_SIZE,
          select: rowSelect,
        })
      : [];
  const take = SUPPORT_PAGE_SIZE - first.length;
  if (take === 0) return first;
  const rest = await client.ticket.findMany({
    where: { AND: [where, { NOT: late }] },
    orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }, { number: 'asc' }],
    skip: Math.max(0, skip - lateCount),
    take,
    select: rowSelect,
  });
  return [...first, ...rest];
}
