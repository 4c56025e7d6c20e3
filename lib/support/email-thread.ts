import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import type { EmailThread } from '@/lib/email/outbox';
import { newReplyTag } from './reply-address';

/**
 * One ticket, one conversation in the customer's mail client. The first e-mail (the acknowledgement, or the notice
 * of a follow-up) has the ticket's root Message-ID; every later one has its own, replies to the newest one we know
 * and lists the ticket's whole chain in References. Received Message-IDs are stored on their message too, so an
 * inbound reply can be matched by In-Reply-To / References as well as by its tagged address.
 */
const MAX_REFERENCES = 20;

function domainOf(supportAddress: string): string {
  return supportAddress.split('@')[1] ?? 'qlclaw.invalid';
}

export function rootMessageId(ticketId: string, supportAddress: string): string {
  return `<ticket.${ticketId}@${domainOf(supportAddress)}>`;
}

export function replyMessageId(messageId: string, supportAddress: string): string {
  return `<reply.${messageId}@${domainOf(supportAddress)}>`;
}

/** Every <id> in a Message-ID, In-Reply-To or References header. */
export function parseMessageIds(header: string | string[] | undefined | null): string[] {
  const text = Array.isArray(header) ? header.join(' ') : (header ?? '');
  return [...text.matchAll(/<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>/g)].map((m) => m[0]);
}

/** The thread headers of a new e-mail on this ticket, whose own Message-ID is `messageId`. */
export async function ticketThread(ticketId: string, messageId: string, supportAddress: string, client: DbOrTx = db): Promise<EmailThread> {
  const known = await client.ticketMessage.findMany({
    where: { ticketId, internal: false, emailMessageId: { not: null } },
    orderBy: { createdAt: 'asc' },
    select: { emailMessageId: true },
  });
  const chain = [rootMessageId(ticketId, supportAddress), ...known.map((m) => m.emailMessageId!)].filter((id) => id !== messageId);
  const references = [chain[0]!, ...chain.slice(1).slice(-(MAX_REFERENCES - 1))];
  return { messageId, inReplyTo: references.at(-1)!, references };
}

/** The tickets that the Message-IDs a received e-mail refers to belong to (ours or the customer's, as stored). */
export async function ticketsReferenced(ids: string[], supportAddress: string, client: DbOrTx = db): Promise<Set<string>> {
  const root = new RegExp(`^<ticket\\.([a-z0-9]+)@${domainOf(supportAddress).replace(/\./g, '\\.')}>$`, 'i');
  const found = new Set(ids.map((id) => root.exec(id)?.[1]).filter((id): id is string => !!id));
  if (ids.length === 0) return found;
  const rows = await client.ticketMessage.findMany({ where: { emailMessageId: { in: ids } }, select: { ticketId: true } });
  for (const row of rows) found.add(row.ticketId);
  return found;
}

/** The ticket's reply tag, given one now if it has none (a row written before tags, or by hand). */
export async function replyTagOf(ticketId: string, client: DbOrTx = db): Promise<string> {
  const { replyTag } = await client.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { replyTag: true } });
  if (replyTag) return replyTag;
  const tag = newReplyTag();
  await client.ticket.updateMany({ where: { id: ticketId, replyTag: null }, data: { replyTag: tag } });
  return (await client.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { replyTag: true } })).replyTag!;
}
