import 'server-only';
import type { AddressObject, ParsedMail } from 'mailparser';
import { db, type DbOrTx } from '@/lib/db';
import { parseMessageIds, ticketsReferenced } from './email-thread';
import { authenticationVerdict, type InboundAuthConfig } from './inbound-auth';
import type { RefusalCode } from './inbound-refusals';
import { parseReplyTag } from './reply-address';

/**
 * Whether a received e-mail may speak on a ticket. All must hold:
 * - it was sent to exactly one ticket's tagged reply address (the tag is the ticket's, 128 random bits);
 * - the receiving server's verdict says the From domain really sent it (lib/support/inbound-auth);
 * - the From is the ticket's customer;
 * - its In-Reply-To / References, where they name a message we know, name only this ticket.
 */
export interface CheckedTicket {
  id: string;
  number: number;
  status: string;
  email: string;
}

export type CheckOutcome =
  { ok: true; ticket: CheckedTicket } | { ok: false; status: 403 | 404 | 409 | 422; code: RefusalCode; reason: string };

export function recipientsOf(mail: ParsedMail): string[] {
  const headers = [mail.to, mail.cc].flat().filter((a): a is AddressObject => !!a);
  const delivered = ['delivered-to', 'x-original-to'].map((key) => mail.headers.get(key)).filter((v): v is string => typeof v === 'string');
  return [...headers.flatMap((a) => a.value.map((v) => v.address ?? '')), ...delivered].filter(Boolean);
}

export function authResultsOf(mail: ParsedMail, header: string): string[] {
  const key = header.toLowerCase();
  return mail.headerLines
    .filter((h) => h.key === key)
    .map((h) =>
      h.line
        .slice(h.line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    );
}

export async function checkInbound(
  mail: ParsedMail,
  config: { supportAddress: string; auth: InboundAuthConfig },
  client: DbOrTx = db,
): Promise<CheckOutcome> {
  const tags = new Set(
    recipientsOf(mail)
      .map((a) => parseReplyTag(a, config.supportAddress))
      .filter((t): t is string => !!t),
  );
  if (tags.size === 0) return { ok: false, status: 404, code: 'no_tag', reason: 'The message was not sent to a ticket’s reply address.' };
  if (tags.size > 1) return { ok: false, status: 422, code: 'ambiguous_tag', reason: 'The message was sent to more than one ticket.' };
  const ticket = await client.ticket.findUnique({
    where: { replyTag: [...tags][0]! },
    select: { id: true, number: true, status: true, email: true },
  });
  if (!ticket) return { ok: false, status: 404, code: 'unknown_tag', reason: 'No ticket has this reply address.' };

  const senders = mail.from?.value ?? [];
  const sender = senders.length === 1 ? (senders[0]!.address ?? '').toLowerCase() : '';
  const verdict = authenticationVerdict(authResultsOf(mail, config.auth.header), sender.split('@')[1] ?? '', config.auth);
  if (!verdict.ok)
    return { ok: false, status: 403, code: 'auth_failed', reason: `The sender could not be authenticated: ${verdict.reason}` };
  if (sender !== ticket.email)
    return { ok: false, status: 403, code: 'wrong_sender', reason: 'The sender is not the customer on this ticket.' };

  const ids = parseMessageIds([mail.inReplyTo ?? '', ...[mail.references ?? []].flat()]);
  const named = await ticketsReferenced(ids, config.supportAddress, client);
  if ([...named].some((id) => id !== ticket.id))
    return {
      ok: false,
      status: 409,
      code: 'thread_mismatch',
      reason: 'The message replies to another conversation than its address names.',
    };
  return { ok: true, ticket };
}
