import { z } from 'zod';

export const faqSchema = z.array(z.object({ question: z.string().min(1), answer: z.string().min(1) }));
export const usageSchema = z.array(z.object({ muscle: z.string().min(1), title: z.string().min(1), steps: z.string().min(1) }));

export type FaqEntry = z.infer<typeof faqSchema>[number];
export type UsageEntry = z.infer<typeof usageSchema>[number];

const cents = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}(\.\d{2})?$/, `${label}: enter an amount like 49.00`)
    .transform((value) => Math.round(Number(value) * 100));

/** The staff product editor: copy for the product, price and stock per variant. */
export const productEditSchema = z.object({
  slug: z.string().min(1),
  name: z.string().trim().min(2, 'Give the product a name.').max(80),
  tagline: z.string().trim().min(10, 'Write a tagline of at least 10 characters.').max(140),
  description: z.string().trim().min(40, 'Write a description of at least 40 characters.').max(4000),
  inTheBox: z
    .string()
    .transform((value) =>
      value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).min(1, 'List at least one thing in the box.')),
  dimensions: z.string().trim().max(300),
  materials: z.string().trim().max(300),
  variants: z
    .array(
      z.object({
        sku: z.string().min(1),
        price: cents('Price'),
        stock: z.coerce
          .number({ error: 'Stock must be a whole number.' })
          .int('Stock must be a whole number.')
          .min(0, 'Stock cannot be negative.')
          .max(1_000_000),
        /** The stock the editor showed; the saved change is applied relative to it. */
        stockWas: z.coerce.number().int().min(0).optional(),
      }),
    )
    .min(1),
});

export type ProductEdit = z.infer<typeof productEditSchema>;
