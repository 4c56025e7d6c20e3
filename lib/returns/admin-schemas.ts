import { z } from 'zod';
import type { ReturnStatus } from '@/lib/db/generated/enums';
import { parseReturnNumber } from './format';
import { RETURN_REASONS } from './schemas';

/** The staff returns forms and the queue's filters; safe to import from client code. */

export const RETURN_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'RECEIVED',
  'REFUNDED',
  'REJECTED',
  'CANCELLED',
  'EXPIRED',
] as const satisfies readonly ReturnStatus[];
export const OPEN_RETURN_STATUSES = ['REQUESTED', 'APPROVED', 'RECEIVED'] as const satisfies readonly ReturnStatus[];

export const returnNumberField = z.string({ error: 'Which return?' }).transform((value, ctx) => {
  const number = parseReturnNumber(value);
  if (number === null) {
    ctx.addIssue({ code: 'custom', message: 'Return numbers look like RMA-1042.' });
    return z.NEVER;
  }
  return number;
});

/** An empty field in a GET form means "no filter", not 0. */
const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const returnQueueFilterSchema = z.object({
  /** `open` (the default) is the work still to do; `all` is every return. */
  status: z
    .enum([...RETURN_STATUSES, 'open', 'all'])
    .default('open')
    .catch('open'),
  reason: z.enum(RETURN_REASONS).optional().catch(undefined),
  olderThan: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(3650).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type ReturnQueueFilter = z.infer<typeof returnQueueFilterSchema>;

export const approveReturnSchema = z.object({ number: returnNumberField });

export const rejectReturnSchema = z.object({
  number: returnNumberField,
  reason: z
    .string()
    .trim()
    .min(5, 'Tell the customer why (at least 5 characters): it goes into the e-mail.')
    .max(500, 'Keep the reason under 500 characters.'),
});

export const markReceivedSchema = z.object({
  number: returnNumberField,
  conditionNotes: z.string().trim().max(1000, 'Keep the notes under 1,000 characters.').default(''),
  // A checkbox: present ("on") when ticked, absent otherwise.
  sellable: z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
});

export const refundReturnSchema = z.object({ number: returnNumberField });

/** The policy form. Bounds match returnSettingsSchema (lib/returns/settings-store.ts), which checks again on save. */
export const returnSettingsFormSchema = z
  .object({
    autoApproveReasons: z.array(z.enum(RETURN_REASONS, { error: 'Choose reasons from the list.' })),
    refundRequiresReceipt: z.boolean(),
    awaitItemDays: z.coerce
      .number({ error: 'Enter a number of days.' })
      .int('Enter a whole number of days.')
      .min(7, 'Give customers at least 7 days to send the item.')
      .max(120, 'At most 120 days.'),
    reminderDaysBefore: z.coerce
      .number({ error: 'Enter a number of days.' })
      .int('Enter a whole number of days.')
      .min(1, 'At least 1 day.')
      .max(30, 'At most 30 days.'),
  })
  .refine((s) => s.reminderDaysBefore < s.awaitItemDays, {
    path: ['reminderDaysBefore'],
    message: 'The reminder must go out before the return expires: use fewer days than the wait.',
  });

export type ReturnSettingsForm = z.infer<typeof returnSettingsFormSchema>;
