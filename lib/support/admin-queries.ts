import 'server-only';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import type { TicketPriority, TicketStatus, TicketTopic } from '@/lib/db/generated/enums';
import { formatOrderNumber } from '@/lib/orders/format';
import { ATTACHMENT_PREFIX } from './attachments';
import { formatTicketNumber } from './format';
import type { InboxOptions } from './inbox-queries';
import { isBreaching } from './policy';

/** Reads for the staff ticket page and the staff's support actions: DTOs only. */

/** Staff ids → what to call them (their name, else their e-mail). */
export async function staffNames(ids: (string | null)[], client: DbOrTx = db): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await client.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((u) => [u.id, u.name || u.email]));
}

/** How a staff member signs replies: their name, else their e-mail's local part ("sam.lee@…" → "Sam Lee"). */
export async function staffAuthor(
  viewer: { id: string; email: string },
  client: DbOrTx = db,
): Promise<{ id: string; email: string; name: string }> {
  const user = await client.user.findUnique({ where: { id: viewer.id }, select: { name: true } });
  const local = viewer.email.split('@')[0]!.split('+')[0]!;
  const fallback =
    local
      .split(/[._-]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ') || 'QL Claw support';
  return { id: viewer.id, email: viewer.email, name: user?.name?.trim() || fallback };
}

export async function isStaffMember(userId: string, client: DbOrTx = db): Promise<boolean> {
  return (await client.user.count({ where: { id: userId, role: { in: ['ADMIN', 'SUPPORT'] } } })) > 0;
}

export interface TicketRefDto {
  id: string;
  number: string;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  tags: string[];
}

/** The ticket behind a SUP number, with what its actions compare against. */
export async function findTicketByNumber(number: number, client: DbOrTx = db): Promise<TicketRefDto | null> {
  const row = await client.ticket.findUnique({
    where: { number },
    select: { id: true, number: true, status: true, priority: true, assigneeId: true, tags: true },
  });
  return row ? { ...row, number: formatTicketNumber(row.number) } : null;
}

export function attachmentUrlOf(id: string): string {
  return `/api/admin/support/attachments/${encodeURIComponent(id)}`;
}

/** An attachment the staff route may serve: only one held by a ticket message, under the support prefix. */
export async function findAttachmentForStaff(
  id: string,
  client: DbOrTx = db,
): Promise<{ key: string; fileName: string; contentType: string } | null> {
  const row = await client.ticketAttachment.findUnique({ where: { id }, select: { key: true, fileName: true, contentType: true } });
  return row && row.key.startsWith(`${ATTACHMENT_PREFIX}/`) ? row : null;
}

export interface TicketDetailDto {
  id: string;
  number: string;
  subject: string;
  topic: TicketTopic;
  status: TicketStatus;
  priority: TicketPriority;
  name: string;
  email: string;
  tags: string[];
  assigneeId: string | null;
  assignee: string | null;
  /** The order the customer named when opening it (QLC-…), if it is theirs; null while the sender is not verified. */
  orderNumber: string | null;
  /** Whether the sender proved the mailbox (sender-verification.ts); until then staff see none of that customer's orders. */
  senderVerified: boolean;
  rating: { value: string; comment: string | null } | null;
  dates: { created: Date; firstResponse: Date | null; solved: Date | null; closed: Date | null };
  /** Milliseconds from opening to the first public reply, and to solved/closed. */
  firstResponseMs: number | null;
  resolutionMs: number | null;
  breaching: boolean;
  messages: {
    id: string;
    fromStaff: boolean;
    authorName: string;
    body: string;
    internal: boolean;
    via: string;
    at: Date;
    attachments: { id: string; fileName: string; contentType: string; size: number; url: string }[];
  }[];
  events: { type: string; message: string; actor: string | null; at: Date }[];
}

const detailSelect = {
  id: true,
  number: true,
  subject: true,
  topic: true,
  status: true,
  priority: true,
  name: true,
  email: true,
  tags: true,
  assigneeId: true,
  orderId: true,
  senderVerifiedAt: true,
  rating: true,
  ratingComment: true,
  createdAt: true,
  firstResponseAt: true,
  solvedAt: true,
  closedAt: true,
  messages: {
    select: {
      id: true,
      author: true,
      authorName: true,
      body: true,
      internal: true,
      via: true,
      createdAt: true,
      attachments: { select: { id: true, fileName: true, contentType: true, size: true } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  },
  events: { select: { type: true, message: true, actor: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.TicketSelect;

export async function getTicketForStaff(
  number: number,
  options: Omit<InboxOptions, 'viewerId'>,
  client: DbOrTx = db,
): Promise<TicketDetailDto | null> {
  const now = options.now ?? new Date();
  const t = await client.ticket.findUnique({ where: { number }, select: detailSelect });
  if (!t) return null;
  const [names, order] = await Promise.all([
    staffNames([t.assigneeId], client),
    t.orderId && t.senderVerifiedAt ? client.order.findUnique({ where: { id: t.orderId }, select: { number: true } }) : null,
  ]);
  const resolved = t.status === 'SOLVED' || t.status === 'CLOSED' ? (t.solvedAt ?? t.closedAt) : null;
  return {
    id: t.id,
    number: formatTicketNumber(t.number),
    subject: t.subject,
    topic: t.topic,
    status: t.status,
    priority: t.priority,
    name: t.name,
    email: t.email,
    tags: t.tags,
    assigneeId: t.assigneeId,
    assignee: t.assigneeId ? (names.get(t.assigneeId) ?? 'Former staff member') : null,
    orderNumber: order ? formatOrderNumber(order.number) : null,
    senderVerified: t.senderVerifiedAt !== null,
    rating: t.rating ? { value: t.rating, comment: t.ratingComment } : null,
    dates: { created: t.createdAt, firstResponse: t.firstResponseAt, solved: t.solvedAt, closed: t.closedAt },
    firstResponseMs: t.firstResponseAt ? t.firstResponseAt.getTime() - t.createdAt.getTime() : null,
    resolutionMs: resolved ? resolved.getTime() - t.createdAt.getTime() : null,
    breaching: isBreaching(t, options.firstResponseHours, now),
    messages: t.messages.map((m) => ({
      id: m.id,
      fromStaff: m.author === 'STAFF',
      authorName: m.authorName,
      body: m.body,
      internal: m.internal,
      via: m.via,
      at: m.createdAt,
      attachments: m.attachments.map((a) => ({ ...a, url: attachmentUrlOf(a.id) })),
    })),
    events: t.events.map((e) => ({ type: e.type, message: e.message, actor: e.actor, at: e.createdAt })),
  };
}
