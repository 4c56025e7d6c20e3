import { z } from 'zod';
import { emailField } from '@/lib/auth/schemas';
import type { TicketTopic } from '@/lib/db/generated/enums';
import { formatOrderNumber, parseOrderNumber } from '@/lib/orders/format';

/** What a customer may attach to a ticket (checked by its bytes in lib/support/attachments). */
export const ATTACHMENT_KINDS = ['png', 'jpeg', 'webp', 'gif', 'pdf'] as const;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 5;
/** Upload quotas (lib/support/upload-quotas.ts), counted in PostgreSQL: per conversation in all, per e-mail and store-wide per 24 hours. */
export const UPLOAD_QUOTAS = {
  perTicket: { files: 20, bytes: 50 * 1024 * 1024 },
  perEmailPerDay: { files: 30, bytes: 100 * 1024 * 1024 },
  perDay: { files: 2000, bytes: 2 * 1024 * 1024 * 1024 },
} as const;

/** The customer's support forms. Safe to import from client code. */

export const TOPICS = ['SHIPPING', 'RETURNS', 'USING', 'ORDERS', 'OTHER'] as const satisfies readonly TicketTopic[];
export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;
export const RATING_COMMENT_MAX = 1000;
/** The spam trap: people never see it, so anything typed into it came from a bot. */
export const HONEYPOT_FIELD = 'website';
/** A signed "form shown at" time (lib/support/spam.ts). */
export const STAMP_FIELD = 'stamp';

const messageField = z
  .string({ error: 'Write your message.' })
  .trim()
  .min(MESSAGE_MIN, `Tell us a little more: at least ${MESSAGE_MIN} characters.`)
  .max(MESSAGE_MAX, `Keep the message to ${MESSAGE_MAX} characters.`);

export const contactSchema = z.object({
  name: z.string({ error: 'Enter your name.' }).trim().min(1, 'Enter your name.').max(100, 'Keep the name to 100 characters.'),
  email: emailField,
  topic: z.enum(TOPICS, { error: 'Choose what your question is about.' }),
  orderNumber: z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const number = parseOrderNumber(value);
      if (number === null) {
        ctx.addIssue({ code: 'custom', message: 'Order numbers look like QLC-10042. Leave it empty if you have none.' });
        return z.NEVER;
      }
      return formatOrderNumber(number);
    }),
  message: messageField,
});

export type ContactInput = z.infer<typeof contactSchema>;

export const replySchema = z.object({
  message: z
    .string({ error: 'Write your message.' })
    .trim()
    .min(1, 'Write your message.')
    .max(MESSAGE_MAX, `Keep the message to ${MESSAGE_MAX} characters.`),
});

export const ratingSchema = z.object({
  rating: z.enum(['GOOD', 'BAD'], { error: 'Choose whether we helped.' }),
  comment: z
    .string()
    .trim()
    .max(RATING_COMMENT_MAX, `Keep the comment to ${RATING_COMMENT_MAX} characters.`)
    .transform((value) => value || null),
});

/** The text fields of the contact form, as the schema reads them and as a refused form is refilled. */
export function readContactForm(formData: FormData): Record<'name' | 'email' | 'topic' | 'orderNumber' | 'message', string> {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === 'string' ? value : '';
  };
  return { name: text('name'), email: text('email'), topic: text('topic'), orderNumber: text('orderNumber'), message: text('message') };
}

/** Chosen files; an empty file input still posts a zero-byte part, which is "no file". */
export function readAttachments(formData: FormData): File[] {
  return formData.getAll('attachments').filter((value): value is File => value instanceof File && value.size > 0);
}
