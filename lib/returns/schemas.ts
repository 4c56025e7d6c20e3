import { z } from 'zod';
import type { ReturnReason } from '@/lib/db/generated/enums';

/** The customer's return form. Safe to import from client code. */

/** Every reason a customer may give; the forms, the queue filter and the stored settings all use this list. */
export const RETURN_REASONS = [
  'DID_NOT_HELP',
  'ARRIVED_DAMAGED',
  'WRONG_ITEM',
  'CHANGED_MIND',
  'OTHER',
] as const satisfies readonly ReturnReason[];
export const COMMENT_MAX = 1000;
export const PHOTO_MAX_COUNT = 3;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_KINDS = ['png', 'jpeg', 'webp'] as const;
/** Customers' photos are stored privately under this folder, and only files there are served to staff as return photos. */
export const RETURN_PHOTO_DIR = 'private/returns';
/** Photos are only asked for, and only kept, when the item arrived damaged. */
export const PHOTO_REASON: ReturnReason = 'ARRIVED_DAMAGED';

const MAX_LINES = 50;
const MAX_UNITS = 99;

/**
 * One schema for the form. Photos are counted here; their bytes are checked
 * on the server (validateUpload), since only it can read them reliably.
 */
export const returnRequestSchema = z
  .object({
    reason: z.enum(RETURN_REASONS, { error: 'Choose why you are returning it.' }),
    comment: z
      .string()
      .trim()
      .max(COMMENT_MAX, `Keep the comment to ${COMMENT_MAX} characters.`)
      .transform((value) => value || null),
    items: z
      .array(
        z.object({
          orderItemId: z.string().min(1).max(64),
          quantity: z.coerce
            .number({ error: 'Choose how many to return.' })
            .int('Choose a whole number.')
            .min(0, 'Choose 0 or more.')
            .max(MAX_UNITS),
        }),
      )
      .max(MAX_LINES)
      .refine((items) => items.some((item) => item.quantity > 0), 'Choose at least one item to return.'),
    photos: z.array(z.instanceof(File)),
  })
  .superRefine((value, ctx) => {
    if (value.reason === PHOTO_REASON && value.photos.length > PHOTO_MAX_COUNT) {
      ctx.addIssue({ code: 'custom', path: ['photos'], message: `Add at most ${PHOTO_MAX_COUNT} photos.` });
    }
  })
  // Photos chosen before switching to another reason are not wanted: drop them rather than refuse.
  .transform((value) => ({
    ...value,
    items: value.items.filter((item) => item.quantity > 0),
    photos: value.reason === PHOTO_REASON ? value.photos : [],
  }));

export type ReturnRequestInput = z.infer<typeof returnRequestSchema>;

/**
 * The form's fields as the schema reads them: `reason`, `comment`,
 * `items.<i>.orderItemId` / `items.<i>.quantity` per order line, and `photos`.
 */
export function readReturnForm(formData: FormData) {
  const items: { orderItemId: string; quantity: string }[] = [];
  for (let i = 0; i <= MAX_LINES && formData.has(`items.${i}.orderItemId`); i++) {
    items.push({
      orderItemId: String(formData.get(`items.${i}.orderItemId`)),
      quantity: String(formData.get(`items.${i}.quantity`) ?? '0'),
    });
  }
  const reason = formData.get('reason');
  return {
    reason: typeof reason === 'string' ? reason : undefined,
    comment: String(formData.get('comment') ?? ''),
    items,
    // An empty file input still posts a zero-byte part: that is "no photo".
    photos: formData.getAll('photos').filter((value): value is File => value instanceof File && value.size > 0),
  };
}

/** What the customer typed, to refill a refused form (files cannot be refilled). */
export function returnFormValues(input: ReturnType<typeof readReturnForm>): Record<string, string> {
  const values: Record<string, string> = { reason: input.reason ?? '', comment: input.comment };
  input.items.forEach((item, i) => (values[`items.${i}.quantity`] = item.quantity));
  return values;
}
