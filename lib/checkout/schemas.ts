import { z } from 'zod';
import { emailField } from '@/lib/auth/schemas';
import { SHIPPING_COUNTRIES } from './shipping';

export const startCheckoutSchema = z.object({
  email: z.union([z.literal(''), emailField]).transform((value) => value || null),
});

const required = (message: string, max = 120) => z.string({ error: message }).trim().min(1, message).max(max, 'That is too long.');

/** The built-in test checkout page's form. */
export const testPaymentSchema = z.object({
  email: emailField,
  name: required('Enter the name for delivery.'),
  line1: required('Enter the street address.'),
  line2: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((v) => v || null),
  city: required('Enter the town or city.', 80),
  postalCode: required('Enter the postal code.', 20),
  country: z.enum(SHIPPING_COUNTRIES, { error: 'Choose a country we ship to.' }),
  shippingRate: z.enum(['standard', 'express'], { error: 'Choose a delivery option.' }),
  cardNumber: z
    .string({ error: 'Enter a card number.' })
    .transform((v) => v.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{12,19}$/, 'Enter the card number: 12 to 19 digits.')),
});
