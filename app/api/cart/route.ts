import { findCurrentCartId } from '@/lib/cart/current';
import { getCartItemCount } from '@/lib/cart/queries';

export const dynamic = 'force-dynamic';

/**
 * The header's cart count. Pages stay prerendered and fetch this small,
 * uncached answer after they load; it only ever describes the caller's own cart.
 */
export async function GET(): Promise<Response> {
  const cartId = await findCurrentCartId();
  const count = cartId ? await getCartItemCount(cartId) : 0;
  return Response.json({ count }, { headers: { 'Cache-Control': 'private, no-store' } });
}
