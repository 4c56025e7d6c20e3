'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import { publicAction, publicFormAction } from '@/lib/actions/public-action';
import type { FormAction } from '@/lib/actions/run-action';
import { currentCartIdForWrite, findCurrentCartId } from './current';
import { getCartItemCount, variantIdForSku } from './queries';
import { addToCartSchema, cartLineSchema } from './schemas';
import { addToCart, removeFromCart, setCartQuantity } from './service';

/** Public: anyone may fill a cart. The cart is found from the session or the signed cookie, never from the form. */

export interface CartActionResult extends ActionResult {
  count?: number;
}

export const addToCartAction: FormAction<CartActionResult> = publicAction(
  { schema: addToCartSchema, fields: ['sku', 'quantity'] },
  async ({ sku, quantity }) => {
    const variantId = await variantIdForSku(sku);
    const cartId = await currentCartIdForWrite();
    const change = await addToCart(cartId, variantId, quantity);
    revalidatePath('/cart');
    const count = await getCartItemCount(cartId);
    const message =
      change.limitedTo !== undefined
        ? `Only ${change.limitedTo} can be ordered, so your cart now holds ${change.quantity}.`
        : 'Added to your cart.';
    return { ok: true, message, count };
  },
);

export const updateCartLineAction = publicFormAction(
  { schema: cartLineSchema, fields: ['variantId', 'quantity'] },
  async ({ variantId, quantity }) => {
    const cartId = await findCurrentCartId();
    if (!cartId) return;
    await setCartQuantity(cartId, variantId, quantity);
    revalidatePath('/cart');
  },
);

export const removeCartLineAction = publicFormAction(
  { schema: z.object({ variantId: z.string().min(1) }), fields: ['variantId'] },
  async ({ variantId }) => {
    const cartId = await findCurrentCartId();
    if (!cartId) return;
    await removeFromCart(cartId, variantId);
    revalidatePath('/cart');
  },
);
