import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { storeTasks } from '@/lib/jobs/tasks';
import { storage } from '@/lib/storage';
import { createTicketAction, replyAsCustomerAction } from '@/lib/support/actions';
import { checkAttachments, storeAttachments } from '@/lib/support/attachments';
import { UPLOAD_QUOTAS } from '@/lib/support/schemas';
import { formStamp } from '@/lib/support/spam';
import { sweepAbandonedUploads } from '@/lib/support/upload-sweep';
import { seed } from '@/prisma/seed';
import { uniqueEmail } from '../factories/email';
import { imageFile } from '../factories/files';
import { openTicket } from '../factories/tickets';
import { formData } from '../support/form-data';
import { request } from '../support/next-headers';
import { run } from '../support/next-navigation';
import { actAs } from '../support/viewer';

vi.mock('@/lib/auth/session', () => import('../support/viewer'));
vi.mock('next/headers', () => import('../support/next-headers'));
vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));

const png = (name = 'photo.png') => imageFile(name, { unique: true });
const MB = 1024 * 1024;
const T0 = new Date('2030-03-01T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

beforeAll(() => seed(db));
beforeEach(async () => {
  actAs(null);
  request.ip = '198.51.100.11';
  await db.rateLimitBucket.deleteMany();
  await db.supportUpload.deleteMany();
});

/** Checked files, as the forms produce them. */
async function checked(count: number) {
  const result = await checkAttachments(Array.from({ length: count }, (_, i) => png(`file-${i}.png`)));
  if (!result.ok) throw new Error(result.message);
  return result.files;
}
/** Earlier uploads by `email` (or anyone), as ledger rows. */
const uploadedBefore = (rows: number, options: { email?: string; size?: number; createdAt?: Date } = {}) =>
  db.supportUpload.createMany({
    data: Array.from({ length: rows }, (_, i) => ({
      key: `private/support/earlier-${i}-${Math.random().toString(36).slice(2)}.png`,
      email: options.email ?? uniqueEmail('earlier'),
      size: options.size ?? 1000,
      createdAt: options.createdAt ?? T0,
    })),
  });
const contactForm = (email: string, files: File[]) =>
  formData({
    name: 'Quinn',
    email,
    topic: 'USING',
    orderNumber: '',
    message: 'Photos of where it hurts attached.',
    website: '',
    stamp: formStamp(new Date(Date.now() - 10_000)),
    attachments: files,
  });

describe('upload quotas', () => {
  it(`holds one conversation to ${UPLOAD_QUOTAS.perTicket.files} files, saying so, and still takes a message without files`, async () => {
    const ticket = await openTicket({ files: [png(), png()] });
    const token = new URL(ticket.url).searchParams.get('token')!;
    const keys = Array.from({ length: UPLOAD_QUOTAS.perTicket.files - 2 }, (_, i) => ({
      key: `private/support/held-${i}.png`,
      fileName: `held-${i}.png`,
      contentType: 'image/png',
      size: 100,
    }));
    await db.ticketMessage.create({
      data: { ticketId: ticket.id, author: 'CUSTOMER', authorName: 'Alex', body: 'Many photos', attachments: { create: keys } },
    });

    const refused = await run(replyAsCustomerAction, formData({ token, message: 'One more photo.', attachments: [png('extra.png')] }));
    expect(refused.result).toMatchObject({ ok: false, values: { message: 'One more photo.' } });
    expect(refused.result!.fieldErrors!.attachments![0]).toMatch(/One conversation holds up to 20 files and 50 MB in all; this one has 20/);
    expect(await db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(2);
    expect(await db.supportUpload.count({ where: { ticketId: ticket.id } })).toBe(0);

    expect((await run(replyAsCustomerAction, formData({ token, message: 'In words, then.' }))).redirect).toContain('notice=replied');
  });

  it('holds one e-mail address to its daily number of files, on the contact form too, and counts abandoned uploads', async () => {
    const email = uniqueEmail('heavy');
    await uploadedBefore(UPLOAD_QUOTAS.perEmailPerDay.files - 2, { email, createdAt: new Date() });
    const refused = await run(createTicketAction, contactForm(email, [png(), png(), png()]));
    expect(refused.result!.fieldErrors!.attachments![0]).toMatch(/We take up to 30 files and 100 MB a day from one e-mail address/);
    expect(await db.ticket.count({ where: { email } })).toBe(0);

    // Two still fit; the 24 hours roll on.
    await expect(storeAttachments(await checked(2), { email, ticketId: null })).resolves.toHaveLength(2);
    await expect(storeAttachments(await checked(1), { email: email.toUpperCase(), ticketId: null })).rejects.toThrow(
      /a day from one e-mail/,
    );
    await expect(
      storeAttachments(await checked(1), { email, ticketId: null }, new Date(Date.now() + 25 * 3_600_000)),
    ).resolves.toHaveLength(1);
  });

  it('holds one address to its daily bytes, and the whole store to its own, whoever sends', async () => {
    const email = uniqueEmail('big');
    await uploadedBefore(2, { email, size: 50 * MB, createdAt: at(-60) });
    await expect(storeAttachments(await checked(1), { email, ticketId: null }, T0)).rejects.toThrow(/100 MB a day/);

    await uploadedBefore(2, { size: 1024 * MB, createdAt: at(-600) });
    await expect(storeAttachments(await checked(1), { email: uniqueEmail('anyone'), ticketId: null }, T0)).rejects.toThrow(
      /We cannot take more files today/,
    );
    await expect(storeAttachments(await checked(1), { email: uniqueEmail('anyone'), ticketId: null }, at(24 * 60))).resolves.toHaveLength(
      1,
    );
  });

  it('lets only one of two forms sent at once take the last places', async () => {
    const email = uniqueEmail('racer');
    await uploadedBefore(UPLOAD_QUOTAS.perEmailPerDay.files - 3, { email, createdAt: T0 });
    const [a, b] = [await checked(3), await checked(3)];
    const results = await Promise.allSettled([
      storeAttachments(a, { email, ticketId: null }, T0),
      storeAttachments(b, { email, ticketId: null }, T0),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.supportUpload.count({ where: { email } })).toBe(UPLOAD_QUOTAS.perEmailPerDay.files);
  });
});

describe('the sweep of abandoned uploads', () => {
  it('deletes files no saved message kept once they are an hour old, keeps the rest, and still counts them', async () => {
    const email = uniqueEmail('abandon');
    const [abandoned] = await storeAttachments(await checked(1), { email, ticketId: null }, T0);
    const kept = await openTicket({ email, files: [png('kept.png')] });
    const keptKey = (await db.ticketAttachment.findFirstOrThrow({ where: { message: { ticketId: kept.id } } })).key;
    await db.supportUpload.updateMany({ where: { key: keptKey }, data: { createdAt: T0 } });

    expect(await sweepAbandonedUploads({ now: at(30) })).toEqual({ deleted: 0, pruned: 0 });
    expect(await storage().get(abandoned!.key)).not.toBeNull();

    expect(await sweepAbandonedUploads({ now: at(61) })).toMatchObject({ deleted: 1 });
    expect(await storage().get(abandoned!.key)).toBeNull();
    expect(await storage().get(keptKey)).not.toBeNull();
    expect(await sweepAbandonedUploads({ now: at(62) })).toMatchObject({ deleted: 0 });
    // Swept, but the day's quota still counts it.
    expect(await db.supportUpload.count({ where: { email, sweptAt: { not: null } } })).toBe(1);

    expect(await sweepAbandonedUploads({ now: at(3 * 24 * 60) })).toMatchObject({ pruned: 2 });
    expect(await storage().get(keptKey)).not.toBeNull();
  });

  it('keeps a file the same bytes were just uploaded again for', async () => {
    const files = await checked(1);
    const [first] = await storeAttachments(files, { email: uniqueEmail('again'), ticketId: null }, T0);
    await storeAttachments(files, { email: uniqueEmail('again'), ticketId: null }, at(90));
    expect(await sweepAbandonedUploads({ now: at(120) })).toMatchObject({ deleted: 0 });
    expect(await storage().get(first!.key)).not.toBeNull();
    expect(await sweepAbandonedUploads({ now: at(151) })).toMatchObject({ deleted: 1 });
    expect(await storage().get(first!.key)).toBeNull();
  });

  it('runs as a scheduled background job', () => {
    expect(storeTasks()['support-upload-sweep']?.cron).toBe('6,21,36,51 * * * *');
  });
});
