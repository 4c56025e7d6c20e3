import { z } from 'zod';
import { MAX_PER_ORDER } from '@/lib/catalog/policy';

export const addToCartSchema = z.object({
  sku: z.string({ error: 'Choose an option.' }).trim().min(1, 'Choose an option.').max(64),
  quantity: z.coerce
    .number({ error: 'Choose a quantity.' })
    .int('Choose a whole number.')
    .min(1, 'Choose at least 1.')
    .max(MAX_PER_ORDER, `You can order up to ${MAX_PER_ORDER} at a time.`),
});

/** A line's id as its form posts it: ids are short, so anything long is forged and refused before a query. */
const lineId = z.string().trim().min(1).max(64);

export const cartLineSchema = z.object({
  variantId: lineId,
  quantity: z.coerce.number().int().min(0).max(MAX_PER_ORDER),
});

export const removeLineSchema = z.object({ variantId: lineId });
