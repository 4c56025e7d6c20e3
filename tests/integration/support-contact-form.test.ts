import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import TicketViewPage from '@/app/(shop)/support/tickets/view/page';
import { createDb, db } from '@/lib/db';
import { findTicketByToken } from '@/lib/support/access';
import { createTicketAction } from '@/lib/support/actions';
import { checkFormStamp, consumeTicketAllowance, formStamp } from '@/lib/support/spam';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { fakeImageFile, imageFile } from '../factories/files';
import { createCustomer } from '../factories/staff';
import { SUPPORT_DEPS } from '../factories/tickets';
import { formData } from '../support/form-data';
import { request } from '../support/next-headers';
import { run } from '../support/next-navigation';
import { privateUploadDir } from '../support/upload-dir';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

const uploadDir = privateUploadDir();
/** A real PNG with distinct bytes after it: content-addressed storage keeps each one apart. */
const png = (name = 'back.png') => imageFile(name, { unique: true });

beforeAll(() => seed(db));
beforeEach(async () => {
  actAs(null);
  request.ip = '198.51.100.7';
  await db.rateLimitBucket.deleteMany();
});

function contactForm(overrides: Record<string, string> = {}, files: File[] = []): FormData {
  const values = {
    name: 'Alex Back',
    email: uniqueEmail('customer'),
    topic: 'USING',
    orderNumber: '',
    message: 'Where exactly do I hook it for the QL?',
    website: '',
    stamp: formStamp(new Date(Date.now() - 10_000)),
    ...overrides,
  };
  return formData({ ...values, attachments: files });
}

const tokenOf = (url: string) => new URL(url, SUPPORT_DEPS.appUrl).searchParams.get('token')!;
const ticketsOf = (email: string) => db.ticket.count({ where: { email } });
const storedFiles = () => readdir(path.join(uploadDir, 'private/support')).catch(() => [] as string[]);

describe('the contact form', () => {
  it('opens a ticket with its files, queues the acknowledgement and shows the conversation with its reference', async () => {
    const email = uniqueEmail('buyer');
    const user = actAs(await createCustomer({ email }));
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
    expect(await run(createTicketAction, contactForm({ email, website: 'https://cheap-pills.example' }))).toEqual({
      redirect: '/support/thanks',
    });
    expect(await ticketsOf(email)).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(0);
  });

  it('refuses forms sent too fast, too late or with a forged time, and bad fields, saying why and creating nothing', async () => {
    const email = uniqueEmail('hasty');
    const now = formStamp();
    const fast = await run(createTicketAction, contactForm({ email, stamp: now }));
    expect(fast.result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/quicker than anyone can type/),
      values: { stamp: now, message: 'Where exactly do I hook it for the QL?' },
    });

    const stale = await run(createTicketAction, contactForm({ email, stamp: formStamp(new Date(Date.now() - 25 * 3_600_000)) }));
    expect(stale.result).toMatchObject({ ok: false, message: expect.stringMatching(/open for more than a day/) });
    // The refused form comes back with a fresh time, so sending it again a moment later works.
    expect(checkFormStamp(stale.result!.values!.stamp!, new Date(Date.now() + 5_000))).toEqual({ ok: true });

    expect((await run(createTicketAction, contactForm({ email, stamp: 'lo4z.forged' }))).result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/could not check/),
    });
    expect(
      (await run(createTicketAction, contactForm({ email, message: 'Help', orderNumber: 'my order', topic: 'NOPE' }))).result,
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        message: [expect.stringMatching(/at least 10/)],
        orderNumber: [expect.stringMatching(/QLC-10042/)],
        topic: [expect.any(String)],
      },
    });
    expect(await ticketsOf(email)).toBe(0);
  });

  it('refuses a file that lies about its type, one over 10 MB or a sixth file, and stores nothing at all', async () => {
    const before = await storedFiles();
    const cases: [File[], RegExp][] = [
      [[png(), fakeImageFile('photo.png', 'just text')], /^photo\.png: That file is not a .* whatever its name says\./],
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
      const elsewhere = await Promise.all(
        Array.from({ length: 4 }, (_, i) => consumeTicketAllowance(`203.0.113.${i}`, email, {}, otherInstance)),
      );
      expect(elsewhere.filter((r) => r.allowed)).toHaveLength(3);
      request.ip = '198.51.100.99';
      expect((await run(createTicketAction, contactForm({ email }))).result).toMatchObject({
        ok: false,
        code: 'RATE_LIMITED',
        message: expect.stringMatching(/try again in \d+ minutes/),
      });
      expect(await ticketsOf(email)).toBe(2);

      const ip = '192.0.2.77';
      const mixed = await Promise.all(
        Array.from({ length: 24 }, (_, i) => consumeTicketAllowance(ip, uniqueEmail(), {}, i % 2 ? otherInstance : db)),
      );
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
