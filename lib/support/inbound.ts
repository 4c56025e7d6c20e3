import 'server-only';
import { simpleParser, type AddressObject } from 'mailparser';
import { db, type DbOrTx } from '@/lib/db';
import { checkAttachments, storeAttachments } from './attachments';
import { parseTicketNumber } from './format';
import { addCustomerMessage, type SupportDeps } from './service';

/**
 * An e-mail reply forwarded by the mail provider as raw MIME. It lands on
 * the ticket named in its address (support+SUP-3107@…) or subject, only if it
 * comes from that ticket's customer, without the quoted history or signature.
 * Anything else is refused and changes nothing.
 */
export type InboundResult = { ok: true; ticketId: string } | { ok: false; status: 404 | 403 | 422; reason: string };

export async function receiveInboundEmail(raw: string | Buffer, deps: SupportDeps, client: DbOrTx = db): Promise<InboundResult> {
  const mail = await simpleParser(raw);
  const recipients = [mail.to, mail.cc]
    .flat()
    .filter((a): a is AddressObject => !!a)
    .flatMap((a) => a.value.map((v) => v.address ?? ''));
  const number = recipients.map(parseTicketNumber).find((n) => n !== null) ?? parseTicketNumber(mail.subject ?? '');
  const ticket = number ? await client.ticket.findUnique({ where: { number }, select: { id: true, email: true } }) : null;
  if (!ticket) return { ok: false, status: 404, reason: 'No ticket matches this message.' };
  const sender = mail.from?.value[0]?.address?.toLowerCase();
  if (sender !== ticket.email) return { ok: false, status: 403, reason: 'The sender is not the customer on this ticket.' };

  const body = stripQuotedReply(mail.text ?? '');
  const files = (mail.attachments ?? []).filter((a) => a.contentDisposition !== 'inline' || !a.related);
  const checked = await checkAttachments(
    files.map((a) => new File([new Uint8Array(a.content)], a.filename ?? 'attachment', { type: a.contentType })),
  );
  if (!checked.ok) return { ok: false, status: 422, reason: checked.message };
  if (!body && checked.files.length === 0)
    return { ok: false, status: 422, reason: 'The message is empty once the quoted history is removed.' };
  const attachments = await storeAttachments(checked.files, { email: ticket.email, ticketId: ticket.id }, deps.now, client);
  await addCustomerMessage(ticket.id, { body: body || '(attachments only)', via: 'email', attachments }, deps, client);
  return { ok: true, ticketId: ticket.id };
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
