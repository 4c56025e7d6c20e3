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

export const cartLineSchema = z.object({
  variantId: z.string().min(1),
  quantity: z.coerce.number().int().min(0).max(MAX_PER_ORDER),
});
