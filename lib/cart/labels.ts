/**
 * What the cart page says after a line's Update or Remove button. The
 * buttons are plain forms, so the outcome travels as one of these keys in
 * `?notice=`: never as free text, which anyone could put in a link.
 */
export const CART_NOTICES = {
  limited: { tone: 'ok', text: 'We could not give you that many, so the quantity is now the most you can order.' },
  gone: {
    tone: 'problem',
    text: 'That item is no longer in your cart (it may have been removed in another tab). Here is your cart as it is now.',
  },
  invalid: { tone: 'problem', text: 'That quantity could not be used. Choose one from the list and press Update again.' },
  busy: { tone: 'problem', text: 'Too many cart changes from here in a short time. Please wait a few minutes and try again.' },
} as const;

export type CartNotice = keyof typeof CART_NOTICES;

export function cartNoticeOf(raw: unknown): (typeof CART_NOTICES)[CartNotice] | null {
  return typeof raw === 'string' && Object.hasOwn(CART_NOTICES, raw) ? CART_NOTICES[raw as CartNotice] : null;
}

export function cartPath(notice: CartNotice): string {
  return `/cart?notice=${notice}`;
}
