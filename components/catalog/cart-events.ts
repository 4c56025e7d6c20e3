/** Fired on window when the cart changes, with the new item count as detail. */
export const CART_CHANGED_EVENT = 'qlclaw:cart-changed';
