import { RETURN_WINDOW_DAYS, STORE_FAULT_REASONS } from './policy';

/**
 * The guarantee in words, read from the rules the refund code applies
 * (lib/returns/policy.ts): the window, and which reasons also get the
 * original shipping back and a return paid for by the store.
 */
export const GUARANTEE_DAYS = RETURN_WINDOW_DAYS;

/** Who pays to send it back: the store only when it was at fault. */
export const RETURN_POSTAGE = { paidBy: 'customer', unlessStoreFault: true } as const;

/** Return fees are never free across the board, so structured data must not say "FreeReturn". */
export const RETURNS_ARE_FREE = false;

/** Typed over the store-fault reasons: adding one to the policy fails to compile until it has words here. */
const FAULT_PHRASES: Record<(typeof STORE_FAULT_REASONS)[number], string> = {
  ARRIVED_DAMAGED: 'it arrived damaged',
  WRONG_ITEM: 'we sent the wrong item',
};
const faultList = STORE_FAULT_REASONS.map((reason) => FAULT_PHRASES[reason]);

export function guaranteeTitle(): string {
  return `${GUARANTEE_DAYS}-day money-back guarantee`;
}

/** One sentence for a footer or a promise strip. */
export function guaranteeShort(): string {
  return `Send it back within ${GUARANTEE_DAYS} days of delivery, for any reason, and get back what you paid for it.`;
}

/** Who pays to send it back, for the return e-mails. */
export function returnPostageSentence(): string {
  return `The return postage is yours, unless ${faultList.join(' or ')}: then we pay it and refund the original shipping too.`;
}

/** The full terms, wherever the guarantee is promised in detail. */
export function guaranteeTerms(): string {
  return (
    `${guaranteeShort()} If ${faultList.join(' or ')}, we also refund the original shipping and pay the return postage; ` +
    'otherwise the return postage is yours and the original shipping is not refunded.'
  );
}
