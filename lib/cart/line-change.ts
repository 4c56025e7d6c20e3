import 'server-only';
import type { z } from 'zod';
import { screenForm } from '@/lib/actions/run-action';
import { AppError } from '@/lib/errors';
import { findCurrentCartId } from './current';
import type { CartNotice } from './labels';
import { limitCartWritesByCart, limitCartWritesByIp } from './limits';

/**
 * One Update or Remove on a cart line, as the notice the cart page shows
 * afterwards (null: nothing to say). A line removed in another tab, a forged
 * line id or a forged quantity is an expected outcome, never an error page.
 */
export async function changeLine<S extends z.ZodType<{ variantId: string }>>(
  formData: FormData,
  schema: S,
  apply: (cartId: string, line: z.output<S>) => Promise<CartNotice | null>,
): Promise<CartNotice | null> {
  if (screenForm(formData, undefined)) return 'invalid';
  const parsed = schema.safeParse(Object.fromEntries(['variantId', 'quantity'].map((key) => [key, String(formData.get(key) ?? '')])));
  if (!parsed.success) return 'invalid';
  try {
    await limitCartWritesByIp();
    const cartId = await findCurrentCartId();
    if (!cartId) return 'gone';
    await limitCartWritesByCart(cartId);
    return await apply(cartId, parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return 'gone';
    if (error instanceof AppError && error.code === 'RATE_LIMITED') return 'busy';
    throw error;
  }
}
