import 'server-only';
import { db, type DbOrTx } from '@/lib/db';
import { headerText } from '@/lib/email/sanitize';

/**
 * Refused inbound mail lands on no ticket, but staff can see that it came and why it was turned away: a forged
 * reply, a customer writing from another address, a provider that stopped passing its verdict on. Only the
 * envelope and a short excerpt are kept, never the whole body or the attachments.
 */
export type RefusalCode =
  | 'unreadable'
  | 'no_tag'
  | 'ambiguous_tag'
  | 'unknown_tag'
  | 'auth_failed'
  | 'wrong_sender'
  | 'thread_mismatch'
  | 'bad_attachment'
  | 'empty';

export interface RefusalInput {
  from: string;
  to: string;
  subject: string;
  messageId: string | null;
  text: string;
  code: RefusalCode;
  reason: string;
}

export const EXCERPT_CHARS = 200;

export async function recordRefusal(input: RefusalInput, now: Date, client: DbOrTx = db): Promise<void> {
  const cut = (value: string, max: number) => headerText(value).slice(0, max);
  await client.inboundRefusal.create({
    data: {
      receivedAt: now,
      from: cut(input.from, 320),
      to: cut(input.to, 640),
      subject: cut(input.subject, 200),
      messageId: input.messageId ? cut(input.messageId, 250) : null,
      code: input.code,
      reason: cut(input.reason, 300),
      excerpt: cut(input.text, EXCERPT_CHARS),
    },
  });
}

export interface RefusalRow {
  id: string;
  receivedAt: Date;
  from: string;
  to: string;
  subject: string;
  code: string;
  reason: string;
  excerpt: string;
}

export const REFUSALS_PER_PAGE = 50;

export async function listRefusals(page: number, client: DbOrTx = db): Promise<{ rows: RefusalRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    client.inboundRefusal.findMany({
      orderBy: { receivedAt: 'desc' },
      skip: (page - 1) * REFUSALS_PER_PAGE,
      take: REFUSALS_PER_PAGE,
      select: { id: true, receivedAt: true, from: true, to: true, subject: true, code: true, reason: true, excerpt: true },
    }),
    client.inboundRefusal.count(),
  ]);
  return { rows, total };
}
