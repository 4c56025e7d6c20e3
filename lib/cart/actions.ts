'use server';

import { revalidatePath } from 'next/cache';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { currentCartIdForWrite, findCurrentCartId } from './current';
import { getCartItemCount, variantIdForSku } from './queries';
import { addToCartSchema, cartLineSchema } from './schemas';
import { addToCart, removeFromCart, setCartQuantity } from './service';

/** Public: anyone may fill a cart. The cart is found from the session or the signed cookie, never from the form. */

export interface CartActionResult extends ActionResult {
  count?: number;
}

export async function addToCartAction(_previous: CartActionResult, formData: FormData): Promise<CartActionResult> {
  const values = formValues(formData, ['sku', 'quantity']);
  const parsed = addToCartSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const variantId = await variantIdForSku(parsed.data.sku);
    const cartId = await currentCartIdForWrite();
    const change = await addToCart(cartId, variantId, parsed.data.quantity);
    revalidatePath('/cart');
    const count = await getCartItemCount(cartId);
    const message = change.limitedTo !== undefined
      ? `Only ${change.limitedTo} can be ordered, so your cart now holds ${change.quantity}.`
      : 'Added to your cart.';
    return { ok: true, message, count };
  } catch (error) {
    return failure(error, values);
  }
}

export async function updateCartLineAction(formData: FormData): Promise<void> {
  const parsed = cartLineSchema.safeParse(formValues(formData, ['variantId', 'quantity']));
  const cartId = await findCurrentCartId();
  if (!parsed.success || !cartId) return;
  await setCartQuantity(cartId, parsed.data.variantId, parsed.data.quantity);
  revalidatePath('/cart');
}

export async function removeCartLineAction(formData: FormData): Promise<void> {
  const variantId = String(formData.get('variantId') ?? '');
  const cartId = await findCurrentCartId();
  if (!variantId || !cartId) return;
  await removeFromCart(cartId, variantId);
  revalidatePath('/cart');
}
