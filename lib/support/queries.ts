import 'server-only';
import type { Viewer } from '@/lib/auth/session';
import { db, type DbOrTx, type Prisma } from '@/lib/db';
import type { TicketStatus, TicketTopic } from '@/lib/db/generated/enums';
import { customerTicketWhere, ticketPathFor } from './access';
import { attachmentTokenOpens, attachmentUrlFor } from './attachment-links';
import { formatTicketNumber } from './format';

/**
 * Reads for the customer's side of support. Internal notes are staff-only:
 * every message read here is filtered `internal: false` in the database, and
 * no ticket history (events) is read at all. Callers check ownership first
 * (lib/support/access.ts) and pass the ids or filters that check produced.
 */
export interface TicketSummaryDto {
  id: string;
  number: string;
  subject: string;
  topic: TicketTopic;
  status: TicketStatus;
  createdAt: Date;
  /** The ticket's page, through a freshly signed link. */
  path: string;
}

export interface TicketAttachmentDto {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  /** The file, through a token minted for it alone that lasts minutes (attachment-links.ts). */
  url: string;
}

export interface TicketMessageDto {
  id: string;
  fromCustomer: boolean;
  authorName: string;
  body: string;
  createdAt: Date;
  attachments: TicketAttachmentDto[];
}

export interface TicketDetailDto extends Omit<TicketSummaryDto, 'path'> {
  rating: 'GOOD' | 'BAD' | null;
  /** False until the e-mailed link's "Yes, this is my request" (or the sender was signed in under that e-mail). */
  senderVerified: boolean;
  messages: TicketMessageDto[];
}

const PUBLIC_MESSAGES = { internal: false } satisfies Prisma.TicketMessageWhereInput;

/** The customer's tickets, by account or e-mail, newest first. */
export async function listTicketsForCustomer(
  viewer: Viewer,
  options: { take?: number; now?: Date } = {},
  client: DbOrTx = db,
): Promise<TicketSummaryDto[]> {
  const rows = await client.ticket.findMany({
    where: customerTicketWhere(viewer),
    orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
    take: options.take ?? 100,
    select: { id: true, number: true, subject: true, topic: true, status: true, createdAt: true, email: true },
  });
  return rows.map((row) => ({
    id: row.id,
    number: formatTicketNumber(row.number),
    subject: row.subject,
    topic: row.topic,
    status: row.status,
    createdAt: row.createdAt,
    path: ticketPathFor(row.id, row.email, options.now),
  }));
}

/** One ticket and its public conversation, oldest message first. */
export async function getTicketForCustomer(
  ticketId: string,
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<TicketDetailDto | null> {
  const row = await client.ticket.findUnique({
    where: { id: ticketId },
    select: {
      id: true,
      number: true,
      subject: true,
      topic: true,
      status: true,
      createdAt: true,
      rating: true,
      senderVerifiedAt: true,
      messages: {
        where: PUBLIC_MESSAGES,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          author: true,
          authorName: true,
          body: true,
          createdAt: true,
          attachments: { orderBy: { fileName: 'asc' }, select: { id: true, fileName: true, contentType: true, size: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    number: formatTicketNumber(row.number),
    subject: row.subject,
    topic: row.topic,
    status: row.status,
    createdAt: row.createdAt,
    rating: row.rating === 'GOOD' || row.rating === 'BAD' ? row.rating : null,
    senderVerified: row.senderVerifiedAt !== null,
    messages: row.messages.map((m) => ({
      id: m.id,
      fromCustomer: m.author === 'CUSTOMER',
      authorName: m.authorName,
      body: m.body,
      createdAt: m.createdAt,
      attachments: m.attachments.map((a) => ({ ...a, url: attachmentUrlFor(a.id, options.now) })),
    })),
  };
}

/**
 * An attachment of a public message, when `token` was minted for it in the last minutes (a ticket page its owner
 * opened renders those); never one on an internal note. Null otherwise.
 */
export async function findAttachmentForCustomer(
  attachmentId: string,
  token: string | null | undefined,
  options: { now?: Date } = {},
  client: DbOrTx = db,
): Promise<{ key: string; fileName: string; contentType: string } | null> {
  if (!attachmentTokenOpens(token, attachmentId, options.now)) return null;
  return client.ticketAttachment.findFirst({
    where: { id: attachmentId, message: PUBLIC_MESSAGES },
    select: { key: true, fileName: true, contentType: true },
  });
}
