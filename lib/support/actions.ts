'use server';

import { refusal, type FormValues } from '@/lib/action-result';
import { publicAction } from '@/lib/actions/public-action';
import { enforceRateLimits, requestIp } from '@/lib/actions/rate-limits';
import { halt, redirectTo, type FormContext } from '@/lib/actions/run-action';
import { getViewer } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { findTicketByToken, type OwnedTicket } from './access';
import { checkAttachments, storeAttachments } from './attachments';
import { contactSchema, ratingSchema, readAttachments, readContactForm, replySchema, STAMP_FIELD } from './schemas';
import { confirmTicketSender } from './sender-verification';
import type { UploadOwner } from './upload-quotas';
import { addCustomerMessage, createTicket, rateTicket } from './service';
import { markSolvedByCustomer } from './ticket-updates';
import { checkFormStamp, consumeTicketAllowance, formStamp, honeypotFilled, REPLY_LIMIT } from './spam';

/**
 * The customer's support actions. Each is a public endpoint and proves who is
 * asking itself: a new ticket needs no account but passes the spam checks;
 * everything on an existing ticket needs its signed link, posted back as
 * `token` and checked again here. Files are all checked before any is stored.
 */

export const createTicketAction = publicAction(
  { schema: contactSchema, read: readContact, caller: passesSpamChecks },
  async (contact, { formData, values, now }) => {
    const limit = await consumeTicketAllowance(await requestIp(), contact.email, { now });
    if (!limit.allowed) throw new AppError('RATE_LIMITED', limit.message);
    const checked = await checkAttachments(readAttachments(formData));
    if (!checked.ok) return refusedFiles(checked.message, values);
    const viewer = await getViewer();
    const attachments = await storeWithinQuota(checked.files, { email: contact.email, ticketId: null }, now);
    if (!Array.isArray(attachments)) return refusedFiles(attachments.message, values);
    const ticket = await createTicket({ ...contact, attachments }, { userId: viewer?.id ?? null, email: viewer?.email }, deps(now));
    // The link goes only to the mailbox, unless the visitor is signed in under that very e-mail: a stranger who typed
    // someone else's address lands where a bot does, and cannot read or act on the ticket.
    if (!ticket.senderVerified) return redirectTo('/support/thanks');
    const { pathname, search } = new URL(ticket.url);
    return redirectTo(`${pathname}${search}&notice=created`);
  },
);

/** "Yes, this is my request", on the page the e-mailed link opens: a POST, so a mail scanner's GET proves nothing. */
export const confirmSenderAction = publicAction({ caller: ticketOfLink }, async (_input, { caller: ticket, formData, now }) => {
  await confirmTicketSender(ticket.id, 'link', { now });
  return redirectTo(viewPath(formData, 'confirmed'));
});

export const replyAsCustomerAction = publicAction(
  { schema: replySchema, fields: ['message'], caller: openTicketOfLink },
  async ({ message }, { caller: ticket, formData, values, now }) => {
    await enforceRateLimits(
      [{ rule: REPLY_LIMIT, subject: ticket.id }],
      (wait) => `That is a lot of messages at once. Please try again ${wait}.`,
    );
    const checked = await checkAttachments(readAttachments(formData));
    if (!checked.ok) return refusedFiles(checked.message, values);
    const attachments = await storeWithinQuota(checked.files, { email: ticket.email, ticketId: ticket.id }, now);
    if (!Array.isArray(attachments)) return refusedFiles(attachments.message, values);
    await addCustomerMessage(ticket.id, { body: message, via: 'web', attachments }, deps(now));
    return redirectTo(viewPath(formData, 'replied'));
  },
);

export const markSolvedAction = publicAction({ caller: ticketOfLink }, async (_input, { caller: ticket, formData, now }) => {
  // Pressed twice, or after staff solved it: already where the customer wants it.
  if (ticket.status !== 'SOLVED' && ticket.status !== 'CLOSED') await markSolvedByCustomer(ticket.id, deps(now));
  return redirectTo(viewPath(formData, 'solved'));
});

export const rateTicketAction = publicAction(
  { schema: ratingSchema, fields: ['rating', 'comment'], caller: ticketOfLink },
  async (rating, { caller: ticket, formData }) => {
    await rateTicket(ticket.id, rating, {});
    return redirectTo(viewPath(formData, 'rated'));
  },
);

function readContact(formData: FormData): { values: FormValues; input: unknown } {
  const input = readContactForm(formData);
  const stamp = formData.get(STAMP_FIELD);
  return { values: { ...input, [STAMP_FIELD]: typeof stamp === 'string' ? stamp : '' }, input };
}

/** A bot that filled the trap is told it worked, and nothing is kept; a form sent too fast or too late is refused. */
async function passesSpamChecks({ formData, values, now }: FormContext) {
  if (honeypotFilled(formData)) return halt(redirectTo('/support/thanks'));
  const timing = checkFormStamp(formData.get(STAMP_FIELD), now);
  if (timing.ok) return undefined;
  // A stale or broken stamp is replaced so that sending again works; a fast one is old enough by then.
  const refilled = timing.reason === 'too-fast' ? values : { ...values, [STAMP_FIELD]: formStamp(now) };
  return halt(refusal({ message: timing.message, values: refilled }));
}

function deps(now: Date) {
  const config = env();
  return { appUrl: config.APP_URL, supportAddress: config.SUPPORT_ADDRESS, now };
}

function tokenOf(formData: FormData): string {
  const token = formData.get('token');
  return typeof token === 'string' ? token : '';
}

async function ticketOfLink({ formData }: FormContext): Promise<OwnedTicket> {
  return getTicketByTokenOrThrow(tokenOf(formData));
}

async function openTicketOfLink(context: FormContext): Promise<OwnedTicket> {
  const ticket = await ticketOfLink(context);
  if (ticket.status === 'CLOSED')
    throw new AppError('CONFLICT', 'This conversation is closed. Please start a new one from the support page.');
  return ticket;
}

async function getTicketByTokenOrThrow(token: string): Promise<OwnedTicket> {
  const ticket = await findTicketByToken(token);
  if (!ticket) throw new AppError('NOT_FOUND', 'We could not find that conversation. Please open it again from the link in our e-mail.');
  return ticket;
}

function viewPath(formData: FormData, notice: 'replied' | 'solved' | 'rated' | 'confirmed'): string {
  return `/support/tickets/view?token=${encodeURIComponent(tokenOf(formData))}&notice=${notice}`;
}

/** The files stored, or why a quota refused them (then nothing is stored). */
async function storeWithinQuota(files: Parameters<typeof storeAttachments>[0], owner: UploadOwner, now: Date) {
  try {
    return await storeAttachments(files, owner, now);
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED') return { message: error.message };
    throw error;
  }
}

function refusedFiles(message: string, values: FormValues | undefined) {
  return refusal({ fieldErrors: { attachments: [`${message} Nothing was sent: please choose your files again.`] }, values });
}
