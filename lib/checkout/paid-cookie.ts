import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { signExpiring, unsignExpiring } from '@/lib/signing';

/**
 * Names the order this browser just paid for, so only it sees the success
 * page's name, address and e-mail, and only for a short while. Signed and
 * http-only: another browser (or someone holding the URL) cannot make one.
 */
const COOKIE = 'qlc_paid_order';
const PURPOSE = 'checkout-paid-order';
export const PAID_ORDER_COOKIE_MINUTES = 60;

export async function rememberPaidOrder(orderId: string, now = new Date()): Promise<void> {
  const expires = new Date(now.getTime() + PAID_ORDER_COOKIE_MINUTES * 60_000);
  (await cookies()).set(COOKIE, signExpiring(PURPOSE, orderId, expires), {
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(env().APP_URL).protocol === 'https:',
    path: '/checkout',
    maxAge: PAID_ORDER_COOKIE_MINUTES * 60,
  });
}

/** The order id this browser paid for in the last hour, or null. */
export async function paidOrderInThisBrowser(now = new Date()): Promise<string | null> {
  return unsignExpiring(PURPOSE, (await cookies()).get(COOKIE)?.value, now);
}
