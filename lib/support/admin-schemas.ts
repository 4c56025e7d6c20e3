import { z } from 'zod';
import type { TicketPriority, TicketStatus, TicketTopic } from '@/lib/db/generated/enums';

/** The staff support forms and the inbox's filters; safe to import from client code. */

export const TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'SOLVED', 'CLOSED'] as const satisfies readonly TicketStatus[];
/** Work still to do: the customer is waiting on us, or we on them. */
export const OPEN_TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING_CUSTOMER'] as const satisfies readonly TicketStatus[];
export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const satisfies readonly TicketPriority[];
export const TICKET_TOPICS = ['SHIPPING', 'RETURNS', 'USING', 'ORDERS', 'OTHER'] as const satisfies readonly TicketTopic[];

export const INBOX_VIEWS = ['unassigned', 'mine', 'open', 'pending', 'solved', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export const VIEW_LABELS: Record<InboxView, string> = {
  unassigned: 'Unassigned',
  mine: 'Mine',
  open: 'All open',
  pending: 'Pending customer',
  solved: 'Solved',
  all: 'Everything',
};

/** Staff wording for statuses (the customer-facing labels speak to the customer). */
export const STAFF_STATUS_LABELS: Record<TicketStatus, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING_CUSTOMER: 'Pending customer',
  SOLVED: 'Solved',
  CLOSED: 'Closed',
};

export const PRIORITY_LABELS: Record<TicketPriority, string> = { LOW: 'Low', NORMAL: 'Normal', HIGH: 'High', URGENT: 'Urgent' };

/** What a saved reply may contain; filled from the ticket when staff insert it. */
export const SAVED_REPLY_PLACEHOLDERS = [
  { key: 'firstName', description: 'The customer’s first name (“there” if we have none)' },
  { key: 'orderNumber', description: 'The order the ticket is about, else the customer’s latest order, e.g. QLC-10042' },
  { key: 'ticketNumber', description: 'The ticket’s reference, e.g. SUP-3107' },
] as const;

/** "SUP-3107", "sup3107" or "3107" → 3107; anything else → null. */
export function parseTicketRef(input: string): number | null {
  const match = /^\s*(?:SUP-?)?(\d{1,9})\s*$/i.exec(input);
  return match ? Number(match[1]) : null;
}

export const ticketNumberField = z.string({ error: 'Which ticket?' }).transform((value, ctx) => {
  const number = parseTicketRef(value);
  if (number === null) {
    ctx.addIssue({ code: 'custom', message: 'Ticket numbers look like SUP-3107.' });
    return z.NEVER;
  }
  return number;
});

/** An empty field in a GET form means "no filter". */
const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const inboxFilterSchema = z.object({
  view: z.enum(INBOX_VIEWS).default('open').catch('open'),
  status: z.enum(TICKET_STATUSES).optional().catch(undefined),
  priority: z.enum(TICKET_PRIORITIES).optional().catch(undefined),
  topic: z.enum(TICKET_TOPICS).optional().catch(undefined),
  /** Hours since the ticket was opened. */
  olderThan: z
    .preprocess(
      blankAsUndefined,
      z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 3650)
        .optional(),
    )
    .catch(undefined),
  q: z.preprocess(blankAsUndefined, z.string().trim().min(1).max(100).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export const replyToTicketSchema = z.object({
  number: ticketNumberField,
  body: z.string({ error: 'Write a reply.' }).trim().min(1, 'Write a reply.').max(10_000, 'Keep it under 10,000 characters.'),
  visibility: z.enum(['public', 'internal'], { error: 'Choose a reply to the customer or an internal note.' }),
});

/** Comma-separated tags: trimmed, lower-cased, without repeats. */
const tagsField = z
  .string()
  .default('')
  .transform((value) => [
    ...new Set(
      value
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(30, 'Keep each tag under 30 characters.')).max(10, 'Use at most 10 tags.'));

export const updateTicketSchema = z.object({
  number: ticketNumberField,
  status: z.enum(TICKET_STATUSES, { error: 'Choose a status from the list.' }),
  priority: z.enum(TICKET_PRIORITIES, { error: 'Choose a priority from the list.' }),
  /** Empty means nobody. */
  assigneeId: z
    .string()
    .max(64)
    .transform((value) => value || null),
  tags: tagsField,
});

export const savedReplySchema = z.object({
  /** Empty when creating one. */
  id: z
    .string()
    .max(64)
    .default('')
    .transform((value) => value || null),
  title: z.string({ error: 'Give it a title.' }).trim().min(1, 'Give it a title.').max(100, 'Keep the title under 100 characters.'),
  body: z.string({ error: 'Write the reply.' }).trim().min(1, 'Write the reply.').max(10_000, 'Keep it under 10,000 characters.'),
});

export const deleteSavedReplySchema = z.object({ id: z.string({ error: 'Which saved reply?' }).min(1, 'Which saved reply?').max(64) });
