import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { receiveInboundEmail } from '@/lib/support/inbound';
import { readTicketLink } from '@/lib/support/links';
import { addCustomerMessage, closeQuietTickets, rateTicket } from '@/lib/support/service';
import { addStaffMessage, updateTicket } from '@/lib/support/ticket-updates';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { PNG } from '../factories/files';
import { createOrder } from '../factories/orders';
import { openTicket, SUPPORT_DEPS } from '../factories/tickets';
import { inboundMime as mime } from '../support/inbound-mime';

// The inbound endpoint's shared secret, read once by lib/env on first use.
const SECRET = 'inbound-secret-for-integration-tests';
process.env.INBOUND_MAIL_SECRET = SECRET;

const deps = SUPPORT_DEPS;
const inboundDeps = { ...SUPPORT_DEPS, auth: { mode: 'required' as const, header: 'Authentication-Results' } };
const tagged = async (id: string) =>
  `support+t-${(await db.ticket.findUniqueOrThrow({ where: { id }, select: { replyTag: true } })).replyTag}@qlclaw.test`;
const staff = { id: 'staff-1', email: 'agent@qlclaw.test', name: 'Sam' };

beforeAll(() => seed(db));

const ticketFor = (email = uniqueEmail('customer'), orderNumber?: string) =>
  openTicket({ email, orderNumber, message: 'Where exactly do I put it for the QL?\nThanks' });

describe('support tickets', () => {
  it('open with a reference, link the order only when it is the customer’s, and acknowledge with an unguessable link', async () => {
    const email = uniqueEmail('buyer');
    const order = await createOrder(db, { email, status: 'PAID' });
    const stranger = await createOrder(db, { email: uniqueEmail('other'), status: 'PAID' });
    const mine = await ticketFor(email, order.label);
    const theirs = await ticketFor(email, stranger.label);

    expect(mine.number).toMatch(/^SUP-\d{4,}$/);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: mine.id } })).orderId).toBe(order.id);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: theirs.id } })).orderId).toBeNull();
    const ack = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `ticket-ack:${mine.id}` } });
    expect(ack.subject).toBe(`[${mine.number}] Your QL Claw support request`);
    expect(ack.replyTo).toBe(await tagged(mine.id));
    expect(ack.replyTo).toMatch(/^support\+t-[0-9a-f]{32}@qlclaw\.test$/);
    const token = decodeURIComponent(/token=([^\s"&]+)/.exec(ack.text)![1]!);
    expect(readTicketLink(token)).toEqual({ ticketId: mine.id, email });
    expect(readTicketLink(token.replace(mine.id, theirs.id))).toBeNull();
  });

  it('e-mails public replies but never internal notes, and records the first response time', async () => {
    const ticket = await ticketFor();
    await addStaffMessage(ticket.id, staff, { body: 'Internal: customer sounds in pain, be gentle', internal: true }, deps);
    await addStaffMessage(ticket.id, staff, { body: 'Hook it just under your lowest rib.', internal: false }, deps);
    const mails = await db.outboxMessage.findMany({ where: { to: ticket.email } });
    expect(mails.some((m) => m.text.includes('Hook it just under'))).toBe(true);
    expect(mails.every((m) => !m.text.includes('Internal:') && !m.html.includes('Internal:'))).toBe(true);
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row).toMatchObject({ status: 'PENDING_CUSTOMER', assigneeId: staff.id });
    expect(row.firstResponseAt).toBeInstanceOf(Date);
  });

  it('reopens a solved ticket when the customer writes again, and takes a rating only once solved', async () => {
    const ticket = await ticketFor();
    await expect(rateTicket(ticket.id, { rating: 'GOOD', comment: null }, {})).rejects.toMatchObject({ code: 'CONFLICT' });
    await updateTicket(ticket.id, { status: 'SOLVED' }, 'customer', deps);
    await rateTicket(ticket.id, { rating: 'GOOD', comment: 'Quick and kind' }, {});
    await addCustomerMessage(ticket.id, { body: 'One more thing…', via: 'web' }, deps);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      status: 'OPEN',
      solvedAt: null,
      rating: 'GOOD',
    });
  });

  it('closes solved tickets after a quiet period', async () => {
    const ticket = await ticketFor();
    await updateTicket(ticket.id, { status: 'SOLVED' }, 'customer', { ...deps, now: new Date('2026-01-01T00:00:00Z') });
    expect(await closeQuietTickets(7, { now: new Date('2026-01-09T00:00:00Z') })).toBeGreaterThanOrEqual(1);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('CLOSED');
  });
});

describe('inbound e-mail replies', () => {
  const reply =
    'Thanks, that helped!\n\nAlex\n\n-- \nSent from my phone\n\nOn Sat, 21 Nov 2026 at 10:00, QL Claw <support@qlclaw.test> wrote:\n> Hook it just under your lowest rib.\n> Sam';

  it('land on the right ticket without the quoted history or signature, with the attachment, reopening it', async () => {
    const ticket = await ticketFor();
    await addStaffMessage(ticket.id, staff, { body: 'Hook it just under your lowest rib.', internal: false }, deps);
    const raw = mime({
      from: `Alex <${ticket.email}>`,
      to: await tagged(ticket.id),
      subject: `Re: [${ticket.number}] Sam replied`,
      text: reply,
      attachment: { name: 'photo.png', type: 'image/png', bytes: Buffer.from(PNG) },
    });
    expect(await receiveInboundEmail(raw, inboundDeps)).toEqual({ ok: true, status: 200, ticketId: ticket.id });
    const last = await db.ticketMessage.findFirstOrThrow({
      where: { ticketId: ticket.id, author: 'CUSTOMER', via: 'email' },
      include: { attachments: true },
    });
    expect(last.body).toBe('Thanks, that helped!\n\nAlex');
    expect(last.attachments).toMatchObject([{ fileName: 'photo.png', contentType: 'image/png' }]);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('OPEN');
  });

  it('refuses mail for an unknown ticket, from a stranger, or with a lying attachment, and changes nothing', async () => {
    const ticket = await ticketFor();
    const before = await db.ticketMessage.count({ where: { ticketId: ticket.id } });
    expect(
      await receiveInboundEmail(mime({ from: ticket.email, to: 'support+SUP-999999@qlclaw.test', subject: 'hi', text: 'x' }), inboundDeps),
    ).toMatchObject({ ok: false, status: 404 });
    expect(
      await receiveInboundEmail(mime({ from: 'evil@example.test', to: await tagged(ticket.id), subject: 'hi', text: 'x' }), inboundDeps),
    ).toMatchObject({ ok: false, status: 403 });
    const liar = { name: 'invoice.pdf', type: 'application/pdf', bytes: Buffer.from('not really a pdf') };
    expect(
      await receiveInboundEmail(
        mime({ from: ticket.email, to: await tagged(ticket.id), subject: 'hi', text: 'see attached', attachment: liar }),
        inboundDeps,
      ),
    ).toMatchObject({ ok: false, status: 422 });
    expect(await db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(before);
  });

  it('the endpoint refuses a missing or forged secret and changes nothing', async () => {
    const { POST } = await import('@/app/api/support/inbound/route');
    const ticket = await ticketFor();
    const raw = mime({ from: ticket.email, to: await tagged(ticket.id), subject: 'Re', text: 'Hello again' });
    const before = await db.ticketMessage.count({ where: { ticketId: ticket.id } });
    for (const authorization of [undefined, 'Bearer wrong-secret-wrong-secret-wrong', `Bearer ${SECRET}x`]) {
      const response = await POST(
        new Request('http://localhost/api/support/inbound', { method: 'POST', body: raw, headers: authorization ? { authorization } : {} }),
      );
      expect(response.status).toBe(401);
    }
    expect(await db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(before);
    const ok = await POST(
      new Request('http://localhost/api/support/inbound', { method: 'POST', body: raw, headers: { authorization: `Bearer ${SECRET}` } }),
    );
    expect(ok.status).toBe(200);
    expect(await db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(before + 1);
  });
});
