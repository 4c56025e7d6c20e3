import 'server-only';
import { db, type DbOrTx } from '@/lib/db';

export interface OutboxSummaryDto {
  pending: number;
  failed: number;
  sentLastDay: number;
  oldestPendingAt: Date | null;
}

export async function getOutboxSummary(now = new Date(), client: DbOrTx = db): Promise<OutboxSummaryDto> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const [pending, failed, sentLastDay, oldest] = await Promise.all([
    client.outboxMessage.count({ where: { status: { in: ['PENDING', 'SENDING'] } } }),
    client.outboxMessage.count({ where: { status: 'FAILED' } }),
    client.outboxMessage.count({ where: { status: 'SENT', sentAt: { gte: dayAgo } } }),
    client.outboxMessage.findFirst({
      where: { status: { in: ['PENDING', 'SENDING'] } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    }),
  ]);
  return { pending, failed, sentLastDay, oldestPendingAt: oldest?.createdAt ?? null };
}

export interface MailboxMessageDto {
  id: string;
  to: string;
  subject: string;
  template: string;
  status: string;
  html: string;
  text: string;
  createdAt: Date;
  lastError: string | null;
}

export async function listRecentMessages(limit = 50, client: DbOrTx = db): Promise<MailboxMessageDto[]> {
  return client.outboxMessage.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, to: true, subject: true, template: true, status: true, html: true, text: true, createdAt: true, lastError: true },
  });
}
