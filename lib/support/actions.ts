'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { failure, invalid, type ActionResult } from '@/lib/action-result';
import { getViewer } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { consumeRateLimit, describeWait } from '@/lib/rate-limit/service';
import { findTicketByToken, type OwnedTicket } from './access';
import { checkAttachments, storeAttachments } from './attachments';
import { contactSchema, ratingSchema, readAttachments, readContactForm, replySchema, STAMP_FIELD } from './schemas';
import { addCustomerMessage, createTicket, markSolvedByCustomer, rateTicket } from './service';
import { checkFormStamp, consumeTicketAllowance, formStamp, honeypotFilled, REPLY_LIMIT } from './spam';

/**
 * The customer's support actions. Each is a public endpoint and proves who is
 * asking itself: a new ticket needs no account but passes the spam checks;
 * everything on an existing ticket needs its signed link, posted back as
 * `token` and checked again here. Files are all checked before any is stored.
 */

export async function createTicketAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const now = new Date();
  const input = readContactForm(formData);
  const stamp = formData.get(STAMP_FIELD);
  const values: Record<string, string> = { ...input, [STAMP_FIELD]: typeof stamp === 'string' ? stamp : '' };
  // A bot that filled the trap is told it worked; nothing is kept.
  if (honeypotFilled(formData)) redirect('/support/thanks');
  const timing = checkFormStamp(stamp, now);
  if (!timing.ok) {
    // A stale or broken stamp is replaced so that sending again works; a fast one is old enough by then.
    if (timing.reason !== 'too-fast') values[STAMP_FIELD] = formStamp(now);
    return { ok: false, code: 'UNPROCESSABLE', message: timing.message, values };
  }
  const parsed = contactSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, values);
  let destination: string;
  try {
    const limit = await consumeTicketAllowance(clientIp(await headers()), parsed.data.email, { now });
    if (!limit.allowed) throw new AppError('RATE_LIMITED', limit.message);
    const checked = await checkAttachments(readAttachments(formData));
    if (!checked.ok) return refusedFiles(checked.message, values);
    const viewer = await getViewer();
    const attachments = await storeAttachments(checked.files);
    const ticket = await createTicket({ ...parsed.data, attachments }, { userId: viewer?.id ?? null }, deps(now));
    const { pathname, search } = new URL(ticket.url);
    destination = `${pathname}${search}&notice=created`;
  } catch (error) {
    return failure(error, values);
  }
  redirect(destination);
}

export async function replyToTicketAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const token = tokenOf(formData);
  const values = { message: String(formData.get('message') ?? '') };
  try {
    const ticket = await ticketOrThrow(token);
    if (ticket.status === 'CLOSED') throw new AppError('CONFLICT', 'This conversation is closed. Please start a new one from the support page.');
    const parsed = replySchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const limit = await consumeRateLimit(REPLY_LIMIT, ticket.id);
    if (!limit.allowed) throw new AppError('RATE_LIMITED', `That is a lot of messages at once. Please try again ${describeWait(limit.resetAt)}.`);
    const checked = await checkAttachments(readAttachments(formData));
    if (!checked.ok) return refusedFiles(checked.message, values);
    const attachments = await storeAttachments(checked.files);
    await addCustomerMessage(ticket.id, { body: parsed.data.message, via: 'web', attachments }, deps());
  } catch (error) {
    return failure(error, values);
  }
  redirect(viewPath(token, 'replied'));
}

export async function markSolvedAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const token = tokenOf(formData);
  try {
    const ticket = await ticketOrThrow(token);
    // Pressed twice, or after staff solved it: already where the customer wants it.
    if (ticket.status !== 'SOLVED' && ticket.status !== 'CLOSED') await markSolvedByCustomer(ticket.id, deps());
  } catch (error) {
    return failure(error);
  }
  redirect(viewPath(token, 'solved'));
}

export async function rateTicketAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const token = tokenOf(formData);
  const values = { rating: String(formData.get('rating') ?? ''), comment: String(formData.get('comment') ?? '') };
  try {
    const ticket = await ticketOrThrow(token);
    const parsed = ratingSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await rateTicket(ticket.id, parsed.data, {});
  } catch (error) {
    return failure(error, values);
  }
  redirect(viewPath(token, 'rated'));
}

function deps(now = new Date()) {
  const config = env();
  return { appUrl: config.APP_URL, supportAddress: config.SUPPORT_ADDRESS, now };
}

function tokenOf(formData: FormData): string {
  const token = formData.get('token');
  return typeof token === 'string' ? token : '';
}

async function ticketOrThrow(token: string): Promise<OwnedTicket> {
  const ticket = await findTicketByToken(token);
  if (!ticket) throw new AppError('NOT_FOUND', 'We could not find that conversation. Please open it again from the link in our e-mail.');
  return ticket;
}

function viewPath(token: string, notice: 'replied' | 'solved' | 'rated'): string {
  return `/support/tickets/view?token=${encodeURIComponent(token)}&notice=${notice}`;
}

function refusedFiles(message: string, values: Record<string, string>): ActionResult {
  return { ok: false, code: 'UNPROCESSABLE', message: 'Please correct the highlighted fields.', fieldErrors: { attachments: [`${message} Nothing was sent: please choose your files again.`] }, values };
}
