import 'server-only';
import { simpleParser } from 'mailparser';
import { db, type DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bodyText } from '@/lib/email/sanitize';
import { checkAttachments, storeAttachments } from './attachments';
import { parseMessageIds } from './email-thread';
import { formatTicketNumber } from './format';
import type { InboundAuthConfig } from './inbound-auth';
import { checkInbound, recipientsOf } from './inbound-checks';
import { startFollowUp } from './inbound-follow-up';
import { recordRefusal, type RefusalCode } from './inbound-refusals';
import { addCustomerMessage, type SupportDeps } from './service';

/**
 * An e-mail reply forwarded by the mail provider as raw MIME. It lands on the ticket whose tagged reply address it
 * was sent to, only if the receiving server vouches for its sender and the sender is that ticket's customer
 * (lib/support/inbound-checks), without the quoted history or signature. A reply to a closed ticket starts a
 * follow-up (202). Anything refused lands on no ticket, is recorded for staff (InboundRefusal), and answers 4xx.
 */
export type InboundResult =
  | { ok: true; status: 200; ticketId: string; duplicate?: true }
  | { ok: true; status: 202; ticketId: string; followUp: { number: string; of: string }; duplicate?: true }
  | { ok: false; status: 403 | 404 | 409 | 422; code: RefusalCode; reason: string };

export type InboundDeps = SupportDeps & { auth: InboundAuthConfig };

export async function receiveInboundEmail(raw: string | Buffer, deps: InboundDeps, client: DbOrTx = db): Promise<InboundResult> {
  const now = deps.now ?? new Date();
  const mail = await simpleParser(raw).catch(() => null);
  const refuse = async (status: 403 | 404 | 409 | 422, code: RefusalCode, reason: string): Promise<InboundResult> => {
    await recordRefusal(
      {
        from: mail?.from?.text ?? '',
        to: mail ? recipientsOf(mail).join(', ') : '',
        subject: mail?.subject ?? '',
        messageId: mail?.messageId ?? null,
        text: mail?.text ?? '',
        code,
        reason,
      },
      now,
      client,
    );
    return { ok: false, status, code, reason };
  };
  if (!mail) return refuse(422, 'unreadable', 'The message is not readable MIME.');
  const checked = await checkInbound(mail, { supportAddress: deps.supportAddress, auth: deps.auth }, client);
  if (!checked.ok) return refuse(checked.status, checked.code, checked.reason);
  const { ticket } = checked;

  // Printable ASCII in angle brackets only: a NUL or a megabyte here would reach PostgreSQL.
  const emailMessageId = parseMessageIds(mail.messageId)[0] ?? null;
  const earlier = await deliveredBefore(emailMessageId, client);
  if (earlier) return earlier;

  const body = stripQuotedReply(bodyText(mail.text ?? ''));
  const files = (mail.attachments ?? []).filter((a) => a.contentDisposition !== 'inline' || !a.related);
  const attached = await checkAttachments(
    files.map((a) => new File([new Uint8Array(a.content)], a.filename ?? 'attachment', { type: a.contentType })),
  );
  if (!attached.ok) return refuse(422, 'bad_attachment', attached.message);
  if (!body && attached.files.length === 0) return refuse(422, 'empty', 'The message is empty once the quoted history is removed.');
  const stored = await storeAttachments(attached.files, { email: ticket.email, ticketId: ticket.id }, deps.now, client).catch(
    (error: unknown) => (error instanceof AppError && error.code === 'RATE_LIMITED' ? error : Promise.reject(error)),
  );
  if (stored instanceof AppError) return refuse(422, 'bad_attachment', stored.message);
  const attachments = stored;
  const message = { body: body || '(attachments only)', emailMessageId, attachments };

  try {
    if (ticket.status !== 'CLOSED') {
      await addCustomerMessage(ticket.id, { ...message, via: 'email' }, deps, client);
      return { ok: true, status: 200, ticketId: ticket.id };
    }
  } catch (error) {
    if (isDuplicate(error)) return (await deliveredBefore(emailMessageId, client))!;
    // Closed between the check and the write: it gets a follow-up like any reply to a closed ticket.
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
  }
  try {
    const followUp = await startFollowUp(ticket.id, message, deps, client);
    return { ok: true, status: 202, ticketId: followUp.id, followUp: { number: followUp.number, of: followUp.previous } };
  } catch (error) {
    if (isDuplicate(error)) return (await deliveredBefore(emailMessageId, client))!;
    throw error;
  }
}

/** What the endpoint answers the provider: never a 5xx for a message it judged, so nothing is retried for ever. */
export function inboundResponseBody(result: InboundResult): Record<string, unknown> {
  if (!result.ok) return { error: result.reason, code: result.code };
  if (result.status === 200) return { received: true, ...(result.duplicate && { duplicate: true }) };
  return {
    received: true,
    followUp: result.followUp.number,
    followUpOf: result.followUp.of,
    message: `${result.followUp.of} is closed: the message opened ${result.followUp.number} as a follow-up, and the customer was told.`,
    ...(result.duplicate && { duplicate: true }),
  };
}

/** A retried delivery of a message already on a ticket: the same answer again, and nothing new. */
async function deliveredBefore(emailMessageId: string | null, client: DbOrTx): Promise<InboundResult | null> {
  if (!emailMessageId) return null;
  const found = await client.ticketMessage.findUnique({
    where: { emailMessageId },
    select: { ticket: { select: { id: true, number: true, followUpOf: { select: { number: true } } } } },
  });
  if (!found) return null;
  const { ticket } = found;
  if (!ticket.followUpOf) return { ok: true, status: 200, ticketId: ticket.id, duplicate: true };
  const followUp = { number: formatTicketNumber(ticket.number), of: formatTicketNumber(ticket.followUpOf.number) };
  return { ok: true, status: 202, ticketId: ticket.id, followUp, duplicate: true };
}

function isDuplicate(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** The new part of a reply: everything above the quoted history and the signature. */
export function stripQuotedReply(text: string): string {
  const kept: string[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (/^On .+(wrote|schrieb):\s*$/i.test(line.trim()) || /^-{2,}\s*Original Message\s*-{2,}/i.test(line.trim())) break;
    if (/^(From|Sent|De|Von):\s/.test(line) && kept.some((l) => l.trim())) break;
    if (line === '-- ' || line === '--') break;
    if (line.startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
