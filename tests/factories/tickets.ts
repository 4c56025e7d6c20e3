import { db } from '@/lib/db';
import { checkAttachments, storeAttachments } from '@/lib/support/attachments';
import { createTicket } from '@/lib/support/service';
import { uniqueEmail } from './email';

/** What the support use cases need to know about the store in tests. */
export const SUPPORT_DEPS = { appUrl: 'http://localhost:3000', supportAddress: 'support@qlclaw.test' };

type TicketInput = Parameters<typeof createTicket>[0];
export interface TicketOverrides extends Partial<Omit<TicketInput, 'attachments'>> {
  /** The account that opens it; a guest by default. */
  userId?: string | null;
  /** Files attached to the first message, checked and stored as the contact form does. */
  files?: File[];
  /** Whether the sender has proved the e-mail (the e-mailed link's button); yes by default. */
  verified?: boolean;
}

/** A ticket opened through the support service (as the contact form does), with the e-mail it was opened from. */
export async function openTicket(overrides: TicketOverrides = {}) {
  const { userId = null, files = [], verified = true, ...input } = overrides;
  const email = input.email ?? uniqueEmail('customer');
  const checked = await checkAttachments(files);
  if (!checked.ok) throw new Error(`openTicket: ${checked.message}`);
  const attachments = await storeAttachments(checked.files, { email, ticketId: null });
  // Opened while signed in to that account (it keeps the ticket only when its e-mail is the ticket's).
  const account = userId ? await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } }) : null;
  const ticket = await createTicket(
    { name: 'Alex Back', topic: 'USING', message: 'Where exactly do I put it?', ...input, email, attachments },
    { userId, email: account?.email ?? null },
    SUPPORT_DEPS,
  );
  if (verified && !ticket.senderVerified) {
    await db.ticket.update({ where: { id: ticket.id }, data: { senderVerifiedAt: new Date() } });
  }
  return { ...ticket, senderVerified: verified || ticket.senderVerified, email };
}

/** A ticket's row by its SUP- number, with its history (oldest first) and messages. */
export function ticketRow(number: string) {
  return db.ticket.findUniqueOrThrow({
    where: { number: Number(number.slice(4)) },
    include: { events: { orderBy: { createdAt: 'asc' } }, messages: true },
  });
}
