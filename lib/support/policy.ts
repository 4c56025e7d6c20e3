import type { Prisma } from '@/lib/db';
import type { TicketStatus } from '@/lib/db/generated/enums';
import { OPEN_TICKET_STATUSES } from './admin-schemas';

/**
 * The first-response target (SUPPORT_FIRST_RESPONSE_HOURS): an open ticket
 * nobody has answered yet breaches it once it is older than that.
 */
const HOUR = 3_600_000;

/** Open, never answered, and older than the target. */
export function breachingWhere(firstResponseHours: number, now: Date): Prisma.TicketWhereInput {
  return {
    status: { in: [...OPEN_TICKET_STATUSES] },
    firstResponseAt: null,
    createdAt: { lt: new Date(now.getTime() - firstResponseHours * HOUR) },
  };
}

export function isBreaching(
  t: { status: TicketStatus; firstResponseAt: Date | null; createdAt: Date },
  firstResponseHours: number,
  now: Date,
): boolean {
  return (
    (OPEN_TICKET_STATUSES as readonly string[]).includes(t.status) &&
    !t.firstResponseAt &&
    now.getTime() - t.createdAt.getTime() > firstResponseHours * HOUR
  );
}
