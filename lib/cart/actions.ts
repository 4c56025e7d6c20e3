'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { refusal, type ActionResult } from '@/lib/action-result';
import { publicAction } from '@/lib/actions/public-action';
import type { FormAction } from '@/lib/actions/run-action';
import { currentCartIdForWrite } from './current';
import { cartPath } from './labels';
import { changeLine } from './line-change';
import { limitCartWritesByCart, limitCartWritesByIp } from './limits';
import { getCartItemCount, variantIdForSku } from './queries';
import { addToCartSchema, cartLineSchema, removeLineSchema } from './schemas';
import { addToCart, removeFromCart, setCartQuantity } from './service';

/** Public: anyone may fill a cart. The cart is found from the session or the signed cookie, never from the form. */

export interface CartActionResult extends ActionResult {
  count?: number;
}

// Parsed in the handler rather than by the pipeline: the form highlights no field, so a refusal must say its reason.
export const addToCartAction: FormAction<CartActionResult> = publicAction({ fields: ['sku', 'quantity'] }, async (_data, { values }) => {
  const parsed = addToCartSchema.safeParse(values);
  if (!parsed.success) return refusal({ message: parsed.error.issues[0]!.message, values });
  await limitCartWritesByIp();
  const variantId = await variantIdForSku(parsed.data.sku);
  const cartId = await currentCartIdForWrite();
  await limitCartWritesByCart(cartId);
  const change = await addToCart(cartId, variantId, parsed.data.quantity);
  revalidatePath('/cart');
  const count = await getCartItemCount(cartId);
  const message =
    change.limitedTo !== undefined
      ? `Only ${change.limitedTo} can be ordered, so your cart now holds ${change.quantity}.`
      : 'Added to your cart.';
  return { ok: true, message, count };
});

// The line buttons are plain forms: every outcome, refused or not, lands back on the current cart with a notice.

export async function updateCartLineAction(formData: FormData): Promise<void> {
  const notice = await changeLine(formData, cartLineSchema, async (cartId, { variantId, quantity }) => {
    const change = await setCartQuantity(cartId, variantId, quantity);
    return change.limitedTo !== undefined ? 'limited' : null;
  });
  revalidatePath('/cart');
  redirect(notice ? cartPath(notice) : '/cart');
}

export async function removeCartLineAction(formData: FormData): Promise<void> {
  const notice = await changeLine(formData, removeLineSchema, async (cartId, { variantId }) =>
    (await removeFromCart(cartId, variantId)) ? null : 'gone',
  );
  revalidatePath('/cart');
  redirect(notice ? cartPath(notice) : '/cart');
}
