import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as getAttachment } from '@/app/api/support/attachments/[id]/route';
import TicketViewPage from '@/app/(shop)/support/tickets/view/page';
import type { ActionResult } from '@/lib/action-result';
import type { Viewer } from '@/lib/auth/session';
import { createDb, db } from '@/lib/db';
import { storage } from '@/lib/storage';
import { findTicketByToken } from '@/lib/support/access';
import { createTicketAction, markSolvedAction, rateTicketAction, replyToTicketAction } from '@/lib/support/actions';
import { checkAttachments, storeAttachments } from '@/lib/support/attachments';
import { ticketLinkFor } from '@/lib/support/links';
import { getTicketForCustomer, listTicketsForCustomer } from '@/lib/support/queries';
import { addStaffMessage, createTicket, updateTicket } from '@/lib/support/service';
import { checkFormStamp, consumeTicketAllowance, formStamp } from '@/lib/support/spam';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/qlclaw-support-${crypto.randomUUID()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
const request = vi.hoisted(() => ({ ip: '198.51.100.7' }));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': request.ip }) }));
// Next's redirect throws to end the action; a recognisable error stands in for it.
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));

const deps = { appUrl: 'http://localhost:3000', supportAddress: 'support@qlclaw.test' };
const staff = { id: 'staff-1', email: 'agent@qlclaw.test', name: 'Sam' };
/** A PNG signature with distinct bytes after it: content-addressed storage keeps each one apart. */
const png = (name = 'back.png') => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(16)], name, { type: 'image/png' });

beforeAll(() => seed(db));
afterAll(() => rm(uploadDir, { recursive: true, force: true }));
beforeEach(async () => {
  viewer.current = null;
  request.ip = '198.51.100.7';
  await db.rateLimitBucket.deleteMany();
});

function contactForm(overrides: Record<string, string> = {}, files: File[] = []): FormData {
  const data = new FormData();
  const values = { name: 'Alex Back', email: uniqueEmail('customer'), topic: 'USING', orderNumber: '', message: 'Where exactly do I hook it for the QL?', website: '', stamp: formStamp(new Date(Date.now() - 10_000)), ...overrides };
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  for (const file of files) data.append('attachments', file);
  return data;
}

/** Runs an action; a redirect comes back as its destination. */
async function run(action: (previous: ActionResult, data: FormData) => Promise<ActionResult>, data: FormData): Promise<{ redirect?: string; result?: ActionResult }> {
  try {
    return { result: await action({ ok: true }, data) };
  } catch (error) {
    const match = /^NEXT_REDIRECT (.+)$/.exec((error as Error).message);
    if (match) return { redirect: match[1] };
    throw error;
  }
}

const tokenOf = (url: string) => new URL(url, deps.appUrl).searchParams.get('token')!;
const alter = (token: string) => `${token.slice(0, -2)}${token.endsWith('xx') ? 'yy' : 'xx'}`;
const ticketsOf = (email: string) => db.ticket.count({ where: { email } });
const storedFiles = () => readdir(path.join(uploadDir, 'private/support')).catch(() => [] as string[]);
function withToken(fields: Record<string, string>, token: string): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...fields, token })) data.set(key, value);
  return data;
}

async function ticketFor(email = uniqueEmail('customer'), userId: string | null = null, attachments: File[] = []) {
  const checked = await checkAttachments(attachments);
  const stored = checked.ok ? await storeAttachments(checked.files) : [];
  const ticket = await createTicket({ name: 'Alex Back', email, topic: 'USING', message: 'My QL is tight after lifting.', attachments: stored }, { userId }, deps);
  return { ...ticket, email, token: tokenOf(ticket.url) };
}

describe('the contact form', () => {
  it('opens a ticket with its files, queues the acknowledgement and shows the conversation with its reference', async () => {
    const email = uniqueEmail('buyer');
    const user = await db.user.create({ data: { email } });
    viewer.current = { id: user.id, email, role: 'CUSTOMER' };
    const pdf = new File([`%PDF-1.4\n${randomBytes(8).toString('hex')}`], 'receipt.pdf', { type: 'application/pdf' });
    const { redirect } = await run(createTicketAction, contactForm({ email }, [png(), pdf]));

    expect(redirect).toMatch(/^\/support\/tickets\/view\?token=[^&]+&notice=created$/);
    const ticket = await findTicketByToken(tokenOf(redirect!));
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket!.id }, include: { messages: { include: { attachments: true } } } });
    expect(row).toMatchObject({ email, userId: user.id, topic: 'USING', status: 'NEW' });
    expect(row.messages[0]!.attachments.map((a) => a.contentType).sort()).toEqual(['application/pdf', 'image/png']);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `ticket-ack:${ticket!.id}`, to: email } })).toBe(1);
    const page = await TicketViewPage({ searchParams: Promise.resolve({ token: tokenOf(redirect!), notice: 'created' }) });
    expect(page.props).toMatchObject({ notice: 'created', ticket: { id: ticket!.id, number: `SUP-${ticket!.number}` } });
  });

  it('pretends to accept a filled honeypot, and creates nothing', async () => {
    const email = uniqueEmail('bot');
    expect(await run(createTicketAction, contactForm({ email, website: 'https://cheap-pills.example' }))).toEqual({ redirect: '/support/thanks' });
    expect(await ticketsOf(email)).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(0);
  });

  it('refuses forms sent too fast, too late or with a forged time, and bad fields, saying why and creating nothing', async () => {
    const email = uniqueEmail('hasty');
    const now = formStamp();
    const fast = await run(createTicketAction, contactForm({ email, stamp: now }));
    expect(fast.result).toMatchObject({ ok: false, message: expect.stringMatching(/quicker than anyone can type/), values: { stamp: now, message: 'Where exactly do I hook it for the QL?' } });

    const stale = await run(createTicketAction, contactForm({ email, stamp: formStamp(new Date(Date.now() - 25 * 3_600_000)) }));
    expect(stale.result).toMatchObject({ ok: false, message: expect.stringMatching(/open for more than a day/) });
    // The refused form comes back with a fresh time, so sending it again a moment later works.
    expect(checkFormStamp(stale.result!.values!.stamp!, new Date(Date.now() + 5_000))).toEqual({ ok: true });

    expect((await run(createTicketAction, contactForm({ email, stamp: 'lo4z.forged' }))).result).toMatchObject({ ok: false, message: expect.stringMatching(/could not check/) });
    expect((await run(createTicketAction, contactForm({ email, message: 'Help', orderNumber: 'my order', topic: 'NOPE' }))).result).toMatchObject({
      ok: false,
      fieldErrors: { message: [expect.stringMatching(/at least 10/)], orderNumber: [expect.stringMatching(/QLC-10042/)], topic: [expect.any(String)] },
    });
    expect(await ticketsOf(email)).toBe(0);
  });

  it('refuses a file that lies about its type, one over 10 MB or a sixth file, and stores nothing at all', async () => {
    const before = await storedFiles();
    const cases: [File[], RegExp][] = [
      [[png(), new File(['just text'], 'photo.png', { type: 'image/png' })], /^photo\.png: That file is not a .* whatever its name says\./],
      [[png(), new File([png(), new Uint8Array(10 * 1024 * 1024)], 'huge.png')], /^huge\.png: That file is 10\.1 MB; the limit is 10 MB\./],
      [Array.from({ length: 6 }, () => png()), /^Attach up to 5 files\./],
    ];
    for (const [files, message] of cases) {
      const email = uniqueEmail('files');
      const { result } = await run(createTicketAction, contactForm({ email }, files));
      expect(result).toMatchObject({ ok: false, fieldErrors: { attachments: [expect.stringMatching(message)] }, values: { email } });
      expect(await ticketsOf(email)).toBe(0);
    }
    expect(await storedFiles()).toEqual(before);
  });
});

describe('rate limits', () => {
  it('hold across two app instances: 5 tickets per e-mail and 20 per IP an hour', async () => {
    const otherInstance = createDb(process.env.DATABASE_URL!, 5);
    try {
      const email = uniqueEmail('chatty');
      for (let i = 0; i < 2; i++) expect((await run(createTicketAction, contactForm({ email }))).redirect).toBeDefined();
      const elsewhere = await Promise.all(Array.from({ length: 4 }, (_, i) => consumeTicketAllowance(`203.0.113.${i}`, email, {}, otherInstance)));
      expect(elsewhere.filter((r) => r.allowed)).toHaveLength(3);
      request.ip = '198.51.100.99';
      expect((await run(createTicketAction, contactForm({ email }))).result).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: expect.stringMatching(/try again in \d+ minutes/) });
      expect(await ticketsOf(email)).toBe(2);

      const ip = '192.0.2.77';
      const mixed = await Promise.all(Array.from({ length: 24 }, (_, i) => consumeTicketAllowance(ip, uniqueEmail(), {}, i % 2 ? otherInstance : db)));
      expect(mixed.filter((r) => r.allowed)).toHaveLength(20);
      request.ip = ip;
      const fresh = uniqueEmail('fresh');
      expect((await run(createTicketAction, contactForm({ email: fresh }))).result).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      expect(await ticketsOf(fresh)).toBe(0);
    } finally {
      await otherInstance.$disconnect();
    }
  });
});

describe('what a customer sees', () => {
  it('never includes internal notes or their files, in any query or through the attachment route', async () => {
    const user = await db.user.create({ data: { email: uniqueEmail('owner') } });
    const owner: Viewer = { id: user.id, email: user.email, role: 'CUSTOMER' };
    const ticket = await ticketFor(user.email, user.id, [png('shared.png')]);
    const other = await ticketFor();
    await addStaffMessage(ticket.id, staff, { body: 'Hook it just under your lowest rib.', internal: false }, deps);
    await addStaffMessage(ticket.id, staff, { body: 'INTERNAL: second complaint this month', internal: true }, deps);
    await storage().put('private/support/internal-note.pdf', new TextEncoder().encode('%PDF-1.4 internal'), 'application/pdf');
    const note = await db.ticketMessage.create({
      data: { ticketId: ticket.id, author: 'STAFF', authorName: 'Sam', body: 'INTERNAL: see scan', internal: true, attachments: { create: { key: 'private/support/internal-note.pdf', fileName: 'internal-scan.pdf', contentType: 'application/pdf', size: 17 } } },
      select: { attachments: { select: { id: true } } },
    });

    const detail = await getTicketForCustomer(ticket.id);
    expect(detail!.messages.map((m) => [m.fromCustomer, m.body])).toEqual([[true, 'My QL is tight after lifting.'], [false, 'Hook it just under your lowest rib.']]);
    const lists = [await listTicketsForCustomer(owner), await listTicketsForCustomer(owner, { take: 3 })];
    for (const seen of [detail, ...lists]) expect(JSON.stringify(seen)).not.toMatch(/INTERNAL|internal-scan/);
    expect(lists[0]!.map((t) => t.id)).toEqual([ticket.id]);

    const fetchFile = async (id: string, token: string | null, as: Viewer | null) => {
      viewer.current = as;
      const url = `${deps.appUrl}/api/support/attachments/${id}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
      return (await getAttachment(new Request(url), { params: Promise.resolve({ id }) })).status;
    };
    const shared = detail!.messages[0]!.attachments[0]!.id;
    const hidden = note.attachments[0]!.id;
    const stranger: Viewer = { id: 'someone-else', email: uniqueEmail('stranger'), role: 'CUSTOMER' };
    expect(await fetchFile(shared, ticket.token, null)).toBe(200);
    expect(await fetchFile(shared, null, owner)).toBe(200);
    expect(await fetchFile(hidden, ticket.token, null)).toBe(404);
    expect(await fetchFile(hidden, null, owner)).toBe(404);
    expect(await fetchFile(shared, null, null)).toBe(404);
    expect(await fetchFile(shared, null, stranger)).toBe(404);
    expect(await fetchFile(shared, other.token, stranger)).toBe(404);
    expect(await fetchFile(shared, alter(ticket.token), null)).toBe(404);
  });

  it('opens a ticket only with its own unaltered link, and lists only the customer’s own tickets', async () => {
    const a = await ticketFor();
    const b = await ticketFor();
    expect(await findTicketByToken(a.token)).toMatchObject({ id: a.id });
    expect(await findTicketByToken(alter(a.token))).toBeNull();
    expect(await findTicketByToken(tokenOf(ticketLinkFor(deps.appUrl, a.id, b.email)))).toBeNull();
    await expect(TicketViewPage({ searchParams: Promise.resolve({ token: alter(a.token) }) })).rejects.toMatchObject({ digest: expect.stringContaining('404') });

    expect((await run(replyToTicketAction, withToken({ message: 'Sneaky reply' }, alter(a.token)))).result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await run(markSolvedAction, withToken({}, b.token))).redirect).toContain('notice=solved');
    expect(await db.ticket.findUniqueOrThrow({ where: { id: a.id }, select: { status: true } })).toEqual({ status: 'NEW' });
    expect(await db.ticketMessage.count({ where: { ticketId: a.id } })).toBe(1);

    const user = await db.user.create({ data: { email: a.email } });
    const signedUp = await ticketFor(uniqueEmail('alias'), user.id);
    const mine = await listTicketsForCustomer({ id: user.id, email: a.email, role: 'CUSTOMER' });
    expect(mine.map((t) => t.id).sort()).toEqual([a.id, signedUp.id].sort());
    expect((await findTicketByToken(tokenOf(mine.find((t) => t.id === signedUp.id)!.path)))?.id).toBe(signedUp.id);
  });

  it('reopens a solved ticket when the customer replies, takes a rating once solved, and refuses replies once closed', async () => {
    const t = await ticketFor();
    expect((await run(rateTicketAction, withToken({ rating: 'GOOD', comment: '' }, t.token))).result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await run(markSolvedAction, withToken({}, t.token))).redirect).toContain('notice=solved');
    expect((await run(rateTicketAction, withToken({ rating: 'GOOD', comment: 'Quick and kind' }, t.token))).redirect).toContain('notice=rated');
    expect(await db.ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: 'SOLVED', rating: 'GOOD', ratingComment: 'Quick and kind' });

    expect((await run(replyToTicketAction, withToken({ message: 'It came back this morning.' }, t.token))).redirect).toContain('notice=replied');
    expect(await db.ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: 'OPEN', solvedAt: null });
    expect((await getTicketForCustomer(t.id))!.messages.at(-1)).toMatchObject({ fromCustomer: true, body: 'It came back this morning.' });

    await updateTicket(t.id, { status: 'CLOSED' }, staff.email, deps);
    expect((await run(replyToTicketAction, withToken({ message: 'Hello again' }, t.token))).result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await db.ticketMessage.count({ where: { ticketId: t.id } })).toBe(2);
  });
});
