import { z } from 'zod';
import { emailField } from '@/lib/auth/schemas';
import { CARRIER_NAMES, type Carrier } from './carriers';
import { parseOrderNumber } from './format';

export const orderNumberField = z
  .string({ error: 'Enter your order number.' })
  .trim()
  .min(1, 'Enter your order number.')
  .transform((value, ctx) => {
    const number = parseOrderNumber(value);
    if (number === null) {
      ctx.addIssue({ code: 'custom', message: 'Order numbers look like QLC-10042.' });
      return z.NEVER;
    }
    return number;
  });

export const orderLookupSchema = z.object({ number: orderNumberField, email: emailField });

export const markShippedSchema = z.object({
  number: orderNumberField,
  carrier: z.enum(CARRIER_NAMES as [Carrier, ...Carrier[]], { error: 'Choose the carrier.' }),
  trackingNumber: z
    .string()
    .trim()
    .min(4, 'Enter the tracking number.')
    .max(64, 'That tracking number is too long.')
    .regex(/^[A-Za-z0-9 -]+$/, 'Tracking numbers contain only letters, digits, spaces and dashes.'),
});

export const markDeliveredSchema = z.object({
  number: orderNumberField,
  deliveredOn: z.iso.date({ error: 'Enter the delivery date.' }),
});

export const ORDER_STATUSES = ['PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;

export const orderListFilterSchema = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type OrderListFilter = z.infer<typeof orderListFilterSchema>;
