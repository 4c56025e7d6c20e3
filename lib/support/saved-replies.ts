import 'server-only';
import { db, type DbOrTx, Prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Canned replies staff insert into a ticket's reply box, with the ticket's details filled in. */

export interface SavedReplyDto {
  id: string;
  title: string;
  body: string;
  updatedAt: Date;
}

export interface PlaceholderValues {
  firstName: string | null;
  orderNumber: string | null;
  ticketNumber: string;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Fills {{firstName}}, {{orderNumber}} and {{ticketNumber}}. A placeholder with
 * no value (a ticket with no order) is left as typed, so staff see it and edit
 * it before sending; unknown ones are left alone too.
 */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  const known: Record<string, string | null> = {
    firstName: values.firstName || 'there',
    orderNumber: values.orderNumber,
    ticketNumber: values.ticketNumber,
  };
  return body.replace(PLACEHOLDER, (whole, key: string) => known[key] ?? whole);
}

/** The placeholders still in a text, e.g. ["{{orderNumber}}"]: a public reply with any is refused. */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

/** "Alex Back" → "Alex". */
export function firstNameOf(name: string): string | null {
  return name.trim().split(/\s+/)[0] || null;
}

export async function listSavedReplies(client: DbOrTx = db): Promise<SavedReplyDto[]> {
  return client.savedReply.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true, body: true, updatedAt: true } });
}

export async function getSavedReply(id: string, client: DbOrTx = db): Promise<SavedReplyDto | null> {
  return client.savedReply.findUnique({ where: { id }, select: { id: true, title: true, body: true, updatedAt: true } });
}

export type SaveSavedReplyResult = { ok: true; id: string } | { ok: false; field: 'title'; message: string };

/** Creates one (no id) or edits one. Titles are unique, ignoring case. */
export async function saveSavedReply(
  input: { id: string | null; title: string; body: string },
  client: DbOrTx = db,
): Promise<SaveSavedReplyResult> {
  const clash = await client.savedReply.findFirst({
    where: { title: { equals: input.title, mode: 'insensitive' }, ...(input.id ? { id: { not: input.id } } : {}) },
    select: { id: true },
  });
  if (clash) return { ok: false, field: 'title', message: 'Another saved reply has this title. Choose another.' };
  try {
    if (!input.id)
      return {
        ok: true,
        id: (await client.savedReply.create({ data: { title: input.title, body: input.body }, select: { id: true } })).id,
      };
    const { count } = await client.savedReply.updateMany({ where: { id: input.id }, data: { title: input.title, body: input.body } });
    if (count === 0) throw new AppError('NOT_FOUND', 'That saved reply no longer exists.');
    return { ok: true, id: input.id };
  } catch (error) {
    // Two people saving the same title at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, field: 'title', message: 'Another saved reply has this title. Choose another.' };
    }
    throw error;
  }
}

export async function deleteSavedReply(id: string, client: DbOrTx = db): Promise<void> {
  const { count } = await client.savedReply.deleteMany({ where: { id } });
  if (count === 0) throw new AppError('NOT_FOUND', 'That saved reply no longer exists.');
}
