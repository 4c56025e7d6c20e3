import 'server-only';
import { cookies } from 'next/headers';
import { getViewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { sign, unsign } from '@/lib/signing';
import { createCart, mergeCarts } from './service';

/**
 * Which cart is "mine": a signed-in customer's own cart, or the guest cart
 * named by a signed, http-only cookie. A guest cart is merged into the
 * customer's cart as soon as they are signed in.
 */
const COOKIE = 'qlc_cart';
const PURPOSE = 'cart';
const NINETY_DAYS = 90 * 24 * 60 * 60;

async function guestCartId(): Promise<string | null> {
  return unsign(PURPOSE, (await cookies()).get(COOKIE)?.value);
}

/** For pages and route handlers (which cannot set cookies): finds, never creates. */
export async function findCurrentCartId(): Promise<string | null> {
  const [viewer, guestId] = await Promise.all([getViewer(), guestCartId()]);
  if (!viewer) {
    if (!guestId) return null;
    const cart = await db.cart.findUnique({ where: { id: guestId }, select: { userId: true } });
    return cart && cart.userId === null ? guestId : null;
  }
  const own = await db.cart.findUnique({ where: { userId: viewer.id }, select: { id: true } });
  const ownId = own?.id ?? (guestId ? await createCart(viewer.id) : null);
  if (guestId && ownId && guestId !== ownId) await mergeCarts(guestId, ownId);
  return ownId;
}

/** For server actions: finds or creates the cart and keeps the cookie pointing at it. */
export async function currentCartIdForWrite(): Promise<string> {
  const existing = await findCurrentCartId();
  const viewer = await getViewer();
  const cartId = existing ?? (await createCart(viewer?.id ?? null));
  await rememberCart(cartId);
  return cartId;
}

async function rememberCart(cartId: string): Promise<void> {
  (await cookies()).set(COOKIE, sign(PURPOSE, cartId), {
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(env().APP_URL).protocol === 'https:',
    path: '/',
    maxAge: NINETY_DAYS,
  });
}

export async function forgetCartCookie(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
