import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listRefusals } from '@/lib/support/inbound-refusals';
import { updateTicket } from '@/lib/support/ticket-updates';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { openTicket, SUPPORT_DEPS } from '../factories/tickets';
import { AUTHSERV, inboundMime, passFor } from '../support/inbound-mime';

// Read once by lib/env on first use: the shared secret, and the provider whose verdict alone counts.
const SECRET = 'inbound-secret-for-security-tests';
process.env.INBOUND_MAIL_SECRET = SECRET;
process.env.INBOUND_AUTHSERV_ID = AUTHSERV;

beforeAll(() => seed(db));

async function post(raw: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const { POST } = await import('@/app/api/support/inbound/route');
  const response = await POST(
    new Request('http://localhost/api/support/inbound', { method: 'POST', body: raw, headers: { authorization: `Bearer ${SECRET}` } }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function ticketWithTag() {
  const ticket = await openTicket({ email: uniqueEmail('victim') });
  const { replyTag } = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { replyTag: true } });
  return { ...ticket, address: `support+t-${replyTag}@qlclaw.test` };
}

const messagesEverywhere = () => db.ticketMessage.count();

describe('inbound e-mail is refused unless it carries the tag, a passing verdict and the customer’s address', () => {
  it('refuses the attacks with a 4xx and a JSON reason, puts nothing on any ticket, and shows staff each refusal', async () => {
    const ticket = await ticketWithTag();
    const attacker = 'mallory@evil.test';
    const attacks: [string, string, number, string][] = [
      // The old SUP- address and the subject fallback name no ticket any more.
      ['SUP-number address', inboundMime({ from: ticket.email, to: `support+${ticket.number}@qlclaw.test`, text: 'x' }), 404, 'no_tag'],
      [
        'SUP-number subject',
        inboundMime({ from: ticket.email, to: 'support@qlclaw.test', subject: `Re: [${ticket.number}]`, text: 'x' }),
        404,
        'no_tag',
      ],
      ['a guessed tag', inboundMime({ from: ticket.email, to: `support+t-${'0'.repeat(32)}@qlclaw.test`, text: 'x' }), 404, 'unknown_tag'],
      // A forged From: the customer's address typed by someone whose mail the receiving server did not vouch for.
      [
        'forged From, no verdict',
        inboundMime({ from: ticket.email, to: ticket.address, text: 'refund me', auth: null }),
        403,
        'auth_failed',
      ],
      [
        'forged From, failed DMARC',
        inboundMime({
          from: ticket.email,
          to: ticket.address,
          text: 'refund me',
          auth: `${AUTHSERV}; spf=pass smtp.mailfrom=${attacker}; dmarc=fail header.from=${ticket.email.split('@')[1]}`,
        }),
        403,
        'auth_failed',
      ],
      [
        'forged From, a pass written by the sender below the receiving server’s fail',
        inboundMime({
          from: ticket.email,
          to: ticket.address,
          text: 'refund me',
          auth: `${AUTHSERV}; dmarc=fail header.from=${ticket.email.split('@')[1]}`,
          headers: [`Authentication-Results: ${passFor(ticket.email).replace(AUTHSERV, 'evil.test')}`],
        }),
        403,
        'auth_failed',
      ],
      ['authenticated stranger', inboundMime({ from: attacker, to: ticket.address, text: 'hi' }), 403, 'wrong_sender'],
    ];
    const before = await messagesEverywhere();
    for (const [name, raw, status, code] of attacks) {
      const { status: got, body } = await post(raw);
      expect({ name, got, code: body.code }).toEqual({ name, got: status, code });
      expect(typeof body.error).toBe('string');
    }
    expect(await messagesEverywhere()).toBe(before);
    const refusals = await db.inboundRefusal.findMany({ orderBy: { receivedAt: 'asc' } });
    expect(refusals.map((r) => r.code)).toEqual(attacks.map(([, , , code]) => code));
    expect(refusals[4]).toMatchObject({ from: ticket.email, to: ticket.address, excerpt: 'refund me' });
    // The staff page's list: newest first, envelope and excerpt only.
    const listed = await listRefusals(1);
    expect(listed.total).toBe(attacks.length);
    expect(listed.rows[0]).toMatchObject({
      code: 'wrong_sender',
      from: 'mallory@evil.test',
      reason: expect.stringContaining('not the customer'),
    });
  });

  it('lets the customer’s authenticated reply through to the tagged ticket', async () => {
    const ticket = await ticketWithTag();
    const { status, body } = await post(
      inboundMime({ from: `Alex <${ticket.email}>`, to: ticket.address, text: 'It worked,\u0000 thanks' }),
    );
    expect({ status, body }).toEqual({ status: 200, body: { received: true } });
    expect(await db.ticketMessage.count({ where: { ticketId: ticket.id, via: 'email', body: 'It worked, thanks' } })).toBe(1);
  });
});

describe('a reply to a closed ticket', () => {
  it('opens one follow-up linked to it (a retried delivery makes no second), tells the customer, and answers 202', async () => {
    const ticket = await ticketWithTag();
    await updateTicket(ticket.id, { status: 'CLOSED' }, 'staff@qlclaw.test', SUPPORT_DEPS);
    const raw = inboundMime({
      from: ticket.email,
      to: ticket.address,
      text: 'It broke again',
      headers: ['Message-ID: <retry-me@mail.test>'],
    });
    const first = await post(raw);
    const again = await post(raw);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ received: true, followUpOf: ticket.number, followUp: expect.stringMatching(/^SUP-\d+$/) });
    expect(again).toMatchObject({ status: 202, body: { followUp: first.body.followUp, duplicate: true } });
    const followUps = await db.ticket.findMany({ where: { followUpOfId: ticket.id }, include: { messages: true } });
    expect(followUps).toHaveLength(1);
    expect(followUps[0]!.messages.map((m) => m.body)).toEqual(['It broke again']);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('CLOSED');
    const notice = await db.outboxMessage.findMany({ where: { to: ticket.email, template: 'ticket-follow-up' } });
    expect(notice).toHaveLength(1);
    expect(notice[0]!.text).toContain(
      `opened a new request, ${String(first.body.followUp)}, as a follow-up of ${ticket.number}, which was already closed`,
    );
  });
});
