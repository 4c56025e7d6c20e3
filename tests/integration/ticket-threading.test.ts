import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { smtpTransport } from '@/lib/email/transport';
import { receiveInboundEmail } from '@/lib/support/inbound';
import { addStaffMessage } from '@/lib/support/ticket-updates';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { openTicket, SUPPORT_DEPS } from '../factories/tickets';
import { inboundMime } from '../support/inbound-mime';
import { emailTasks, runDueJobs } from '../support/job-runners';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver';

const deps = { ...SUPPORT_DEPS, auth: { mode: 'required' as const, header: 'Authentication-Results' } };
const staff = { id: 'staff-1', email: 'agent@qlclaw.test', name: 'Sam' };
let smtp: SmtpReceiver;

beforeAll(async () => {
  await seed(db);
  smtp = await startSmtpReceiver();
});
afterAll(() => smtp.close());

const deliver = () => runDueJobs(emailTasks(smtpTransport(smtp.url)));
const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email)).map((m) => m.parsed);
const addressOf = async (id: string) =>
  `support+t-${(await db.ticket.findUniqueOrThrow({ where: { id }, select: { replyTag: true } })).replyTag}@qlclaw.test`;
const refs = (value: string | string[] | undefined) =>
  [value ?? []]
    .flat()
    .flatMap((v) => v.split(/\s+/))
    .filter(Boolean);

describe('every e-mail about one ticket is one conversation', () => {
  it('keeps one subject and chains Message-ID, In-Reply-To and References through staff replies and the customer’s own', async () => {
    const ticket = await openTicket({ email: uniqueEmail('thread') });
    await deliver();
    await addStaffMessage(ticket.id, staff, { body: 'First answer', internal: false }, SUPPORT_DEPS);
    await deliver();
    const [ack, first] = mailsTo(ticket.email);
    expect(ack!.subject).toBe(`[${ticket.number}] Your QL Claw support request`);
    expect(first!.subject).toBe(ack!.subject);
    expect(ack!.messageId).toBe(`<ticket.${ticket.id}@qlclaw.test>`);
    expect(first!.inReplyTo).toBe(ack!.messageId);
    expect(refs(first!.references)).toEqual([ack!.messageId]);

    // The customer answers the staff reply; their Message-ID joins the chain.
    const inbound = inboundMime({
      from: ticket.email,
      to: await addressOf(ticket.id),
      text: 'Thanks, one more question',
      headers: [
        'Message-ID: <customer-1@mail.test>',
        `In-Reply-To: ${first!.messageId}`,
        `References: ${ack!.messageId} ${first!.messageId}`,
      ],
    });
    expect(await receiveInboundEmail(inbound, deps)).toMatchObject({ ok: true, status: 200, ticketId: ticket.id });

    await addStaffMessage(ticket.id, staff, { body: 'Second answer', internal: false }, SUPPORT_DEPS);
    await deliver();
    const second = mailsTo(ticket.email)[2]!;
    expect(second.subject).toBe(ack!.subject);
    expect(second.inReplyTo).toBe('<customer-1@mail.test>');
    expect(refs(second.references)).toEqual([ack!.messageId, first!.messageId, '<customer-1@mail.test>']);
    expect(new Set([ack!.messageId, first!.messageId, second.messageId]).size).toBe(3);
  });

  it('refuses a reply whose headers name another ticket than its tagged address, and accepts one without headers', async () => {
    const mine = await openTicket({ email: uniqueEmail('thread') });
    const other = await openTicket({ email: mine.email });
    const to = await addressOf(mine.id);
    const crossed = inboundMime({ from: mine.email, to, text: 'Which one?', headers: [`In-Reply-To: <ticket.${other.id}@qlclaw.test>`] });
    expect(await receiveInboundEmail(crossed, deps)).toMatchObject({ ok: false, status: 409, code: 'thread_mismatch' });
    const bare = inboundMime({ from: mine.email, to, text: 'Fresh mail to the reply address' });
    expect(await receiveInboundEmail(bare, deps)).toMatchObject({ ok: true, ticketId: mine.id });
    const own = inboundMime({ from: mine.email, to, text: 'A reply', headers: [`In-Reply-To: <ticket.${mine.id}@qlclaw.test>`] });
    expect(await receiveInboundEmail(own, deps)).toMatchObject({ ok: true, ticketId: mine.id });
    expect(await db.ticketMessage.count({ where: { ticketId: other.id } })).toBe(1);
  });
});
