import 'server-only';
import { db, inTransaction, type DbOrTx } from '@/lib/db';
import { formatBytes } from '@/lib/storage/format';
import { UPLOAD_QUOTAS } from './schemas';

/**
 * How many support files one conversation, one e-mail address and the whole store take, counted in PostgreSQL so
 * every instance sees the same totals. A conversation counts the files its messages keep; an address and the store
 * count every file stored in the last 24 hours (the SupportUpload ledger), kept or abandoned, so a form sent and
 * dropped again and again uses the quota up too. The ledger row is written before the bytes, so the sweep
 * (upload-sweep.ts) finds a file even when storing it or saving its message failed half-way.
 */
export const UPLOAD_LOCK = 'support-uploads';
const DAY = 86_400_000;

export interface UploadOwner {
  /** The address the ticket is for (as typed on the contact form, or the ticket's own). */
  email: string;
  /** The conversation the files join; null for a new one. */
  ticketId: string | null;
}

export type QuotaCheck = { ok: true } | { ok: false; message: string };

interface Totals {
  files: number;
  bytes: number;
}

/** Checks the three quotas and records the files in one locked transaction; records nothing when one is exceeded. */
export async function reserveUploads(
  files: { key: string; size: number }[],
  owner: UploadOwner,
  now: Date,
  client: DbOrTx = db,
): Promise<QuotaCheck> {
  if (files.length === 0) return { ok: true };
  const email = owner.email.trim().toLowerCase();
  const adding = { files: files.length, bytes: files.reduce((sum, f) => sum + f.size, 0) };
  return inTransaction(client, async (tx) => {
    // One writer at a time, so two forms sent together cannot both fit under the same remaining quota.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${UPLOAD_LOCK}))`;
    const since = new Date(now.getTime() - DAY);
    const [ticket, mailbox, store] = await Promise.all([
      owner.ticketId
        ? tx.ticketAttachment.aggregate({ where: { message: { ticketId: owner.ticketId } }, _count: true, _sum: { size: true } })
        : null,
      tx.supportUpload.aggregate({ where: { email, createdAt: { gte: since, lte: now } }, _count: true, _sum: { size: true } }),
      tx.supportUpload.aggregate({ where: { createdAt: { gte: since, lte: now } }, _count: true, _sum: { size: true } }),
    ]);
    const totals = (row: { _count: number; _sum: { size: number | null } } | null): Totals => ({
      files: row?._count ?? 0,
      bytes: row?._sum.size ?? 0,
    });
    const refused = quotaMessage(totals(ticket), totals(mailbox), totals(store), adding);
    if (refused) return { ok: false, message: refused };
    await tx.supportUpload.createMany({
      data: files.map((f) => ({ key: f.key, size: f.size, email, ticketId: owner.ticketId, createdAt: now })),
    });
    return { ok: true };
  });
}

const over = (held: Totals, adding: Totals, limit: Totals) =>
  held.files + adding.files > limit.files || held.bytes + adding.bytes > limit.bytes;

function quotaMessage(ticket: Totals, mailbox: Totals, store: Totals, adding: Totals): string | null {
  const { perTicket, perEmailPerDay, perDay } = UPLOAD_QUOTAS;
  if (over(ticket, adding, perTicket)) {
    const left = Math.max(0, perTicket.files - ticket.files);
    return (
      `One conversation holds up to ${perTicket.files} files and ${formatBytes(perTicket.bytes)} in all; this one has ${ticket.files} ` +
      `(${formatBytes(ticket.bytes)}). ${left ? `Attach at most ${left} more, and smaller ones,` : 'Describe the rest in words'} or start a new conversation.`
    );
  }
  if (over(mailbox, adding, perEmailPerDay)) {
    return (
      `We take up to ${perEmailPerDay.files} files and ${formatBytes(perEmailPerDay.bytes)} a day from one e-mail address, and these would go ` +
      'past that. Send your message without them, or attach them tomorrow.'
    );
  }
  if (over(store, adding, perDay)) {
    return 'We cannot take more files today. Send your message without them, or attach them tomorrow.';
  }
  return null;
}
