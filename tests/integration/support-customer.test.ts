import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as getAttachment } from '@/app/api/support/attachments/[id]/route';
import TicketViewPage from '@/app/(shop)/support/tickets/view/page';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { storage } from '@/lib/storage';
import { findTicketByToken } from '@/lib/support/access';
import { markSolvedAction, rateTicketAction, replyAsCustomerAction } from '@/lib/support/actions';
import { ATTACHMENT_LINK_MINUTES, attachmentTokenFor } from '@/lib/support/attachment-links';
import { ticketLinkFor } from '@/lib/support/links';
import { getTicketForCustomer, listTicketsForCustomer } from '@/lib/support/queries';
import { addStaffMessage, updateTicket } from '@/lib/support/ticket-updates';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { imageFile } from '../factories/files';
import { createCustomer } from '../factories/staff';
import { openTicket, SUPPORT_DEPS } from '../factories/tickets';
import { formData } from '../support/form-data';
import { request } from '../support/next-headers';
import { run } from '../support/next-navigation';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

const deps = SUPPORT_DEPS;
const staff = { id: 'staff-1', email: 'agent@qlclaw.test', name: 'Sam' };
/** A real PNG with distinct bytes after it: content-addressed storage keeps each one apart. */
const png = (name = 'back.png') => imageFile(name, { unique: true });

beforeAll(() => seed(db));
beforeEach(async () => {
  actAs(null);
  request.ip = '198.51.100.7';
  await db.rateLimitBucket.deleteMany();
});

const tokenOf = (url: string) => new URL(url, deps.appUrl).searchParams.get('token')!;
const alter = (token: string) => `${token.slice(0, -2)}${token.endsWith('xx') ? 'yy' : 'xx'}`;
const withToken = (fields: Record<string, string>, token: string) => formData({ ...fields, token });

async function ticketFor(email = uniqueEmail('customer'), userId: string | null = null, attachments: File[] = []) {
  const ticket = await openTicket({ email, userId, message: 'My QL is tight after lifting.', files: attachments });
  return { ...ticket, token: tokenOf(ticket.url) };
}

describe('what a customer sees', () => {
  it('never includes internal notes or their files, in any query or through the attachment route', async () => {
    const owner = await createCustomer({ email: uniqueEmail('owner') });
    const ticket = await ticketFor(owner.email, owner.id, [png('shared.png')]);
    const other = await ticketFor();
    await addStaffMessage(ticket.id, staff, { body: 'Hook it just under your lowest rib.', internal: false }, deps);
    await addStaffMessage(ticket.id, staff, { body: 'INTERNAL: second complaint this month', internal: true }, deps);
    await storage().put('private/support/internal-note.pdf', new TextEncoder().encode('%PDF-1.4 internal'), 'application/pdf');
    const note = await db.ticketMessage.create({
      data: {
        ticketId: ticket.id,
        author: 'STAFF',
        authorName: 'Sam',
        body: 'INTERNAL: see scan',
        internal: true,
        attachments: {
          create: { key: 'private/support/internal-note.pdf', fileName: 'internal-scan.pdf', contentType: 'application/pdf', size: 17 },
        },
      },
      select: { attachments: { select: { id: true } } },
    });

    const detail = await getTicketForCustomer(ticket.id);
    expect(detail!.messages.map((m) => [m.fromCustomer, m.body])).toEqual([
      [true, 'My QL is tight after lifting.'],
      [false, 'Hook it just under your lowest rib.'],
    ]);
    const lists = [await listTicketsForCustomer(owner), await listTicketsForCustomer(owner, { take: 3 })];
    for (const seen of [detail, ...lists]) expect(JSON.stringify(seen)).not.toMatch(/INTERNAL|internal-scan/);
    expect(lists[0]!.map((t) => t.id)).toEqual([ticket.id]);

    const fetchFile = async (id: string, token: string | null, as: Viewer | null = null) => {
      actAs(as);
      const url = `${deps.appUrl}/api/support/attachments/${id}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
      return (await getAttachment(new Request(url), { params: Promise.resolve({ id }) })).status;
    };
    const shared = detail!.messages[0]!.attachments[0]!;
    const hidden = note.attachments[0]!.id;
    const sharedToken = new URL(shared.url, deps.appUrl).searchParams.get('token')!;
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    // The page's own link, minted for that file as it rendered, opens it.
    expect(await fetchFile(shared.id, sharedToken)).toBe(200);
    expect(await fetchFile(shared.id, attachmentTokenFor(shared.id, minutesAgo(ATTACHMENT_LINK_MINUTES - 1)))).toBe(200);
    // An old token, the long-lived ticket link, one minted for another file, or none at all: refused, even for the owner.
    expect(await fetchFile(shared.id, attachmentTokenFor(shared.id, minutesAgo(ATTACHMENT_LINK_MINUTES + 1)))).toBe(404);
    expect(await fetchFile(shared.id, ticket.token, owner)).toBe(404);
    expect(await fetchFile(shared.id, attachmentTokenFor(hidden), owner)).toBe(404);
    expect(await fetchFile(shared.id, null, owner)).toBe(404);
    expect(await fetchFile(shared.id, alter(sharedToken))).toBe(404);
    // A file on an internal note is never served, whatever the token.
    expect(await fetchFile(hidden, attachmentTokenFor(hidden), owner)).toBe(404);
    expect(await fetchFile(hidden, ticket.token, owner)).toBe(404);
    expect(other.id).not.toBe(ticket.id);
  });

  it('opens a ticket only with its own unaltered link, and lists only the customer’s own tickets', async () => {
    const a = await ticketFor();
    const b = await ticketFor();
    expect(await findTicketByToken(a.token)).toMatchObject({ id: a.id });
    expect(await findTicketByToken(alter(a.token))).toBeNull();
    expect(await findTicketByToken(tokenOf(ticketLinkFor(deps.appUrl, a.id, b.email)))).toBeNull();
    await expect(TicketViewPage({ searchParams: Promise.resolve({ token: alter(a.token) }) })).rejects.toMatchObject({
      digest: expect.stringContaining('404'),
    });

    expect((await run(replyAsCustomerAction, withToken({ message: 'Sneaky reply' }, alter(a.token)))).result).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect((await run(markSolvedAction, withToken({}, b.token))).redirect).toContain('notice=solved');
    expect(await db.ticket.findUniqueOrThrow({ where: { id: a.id }, select: { status: true } })).toEqual({ status: 'NEW' });
    expect(await db.ticketMessage.count({ where: { ticketId: a.id } })).toBe(1);

    const user = await createCustomer({ email: a.email });
    const signedUp = await ticketFor(a.email, user.id);
    // Signed in but writing as another address: the ticket belongs to that mailbox, not to the account.
    const alias = await ticketFor(uniqueEmail('alias'), user.id);
    const mine = await listTicketsForCustomer({ id: user.id, email: a.email, role: 'CUSTOMER' });
    expect(mine.map((t) => t.id).sort()).toEqual([a.id, signedUp.id].sort());
    expect(mine.map((t) => t.id)).not.toContain(alias.id);
    expect((await findTicketByToken(tokenOf(mine.find((t) => t.id === signedUp.id)!.path)))?.id).toBe(signedUp.id);
  });

  it('reopens a solved ticket when the customer replies, takes a rating once solved, and refuses replies once closed', async () => {
    const t = await ticketFor();
    expect((await run(rateTicketAction, withToken({ rating: 'GOOD', comment: '' }, t.token))).result).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect((await run(markSolvedAction, withToken({}, t.token))).redirect).toContain('notice=solved');
    expect((await run(rateTicketAction, withToken({ rating: 'GOOD', comment: 'Quick and kind' }, t.token))).redirect).toContain(
      'notice=rated',
    );
    expect(await db.ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({
      status: 'SOLVED',
      rating: 'GOOD',
      ratingComment: 'Quick and kind',
    });

    expect((await run(replyAsCustomerAction, withToken({ message: 'It came back this morning.' }, t.token))).redirect).toContain(
      'notice=replied',
    );
    expect(await db.ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: 'OPEN', solvedAt: null });
    expect((await getTicketForCustomer(t.id))!.messages.at(-1)).toMatchObject({ fromCustomer: true, body: 'It came back this morning.' });

    await updateTicket(t.id, { status: 'CLOSED' }, staff.email, deps);
    expect((await run(replyAsCustomerAction, withToken({ message: 'Hello again' }, t.token))).result).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await db.ticketMessage.count({ where: { ticketId: t.id } })).toBe(2);
  });
});
