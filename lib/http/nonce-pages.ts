/**
 * The pages rendered per request that get a nonce-based policy. Keep in step
 * with the matcher in proxy.ts (Next reads that list as a literal) and the
 * static policy's exclusion in next.config.mjs; tests/unit/security-policy.test.ts
 * checks all three agree. Prerendered pages (home, products, articles, the
 * order look-up form…) must stay off this list: a nonce in the header that
 * their cached HTML does not carry would block their scripts.
 */
/** These and every page under them. */
export const NONCE_PAGE_PREFIXES = ['/admin', '/account', '/checkout', '/returns', '/support/tickets'] as const;

/** Single pages (sign-in and support have prerendered sub-pages). */
export const NONCE_PAGES_EXACT = [
  '/cart',
  '/orders/view',
  '/sign-in',
  '/sign-in/continue',
  '/sign-in/error',
  '/support',
  '/search',
  '/dev/mailbox',
] as const;

export function usesNonce(pathname: string): boolean {
  return (
    (NONCE_PAGES_EXACT as readonly string[]).includes(pathname) ||
    NONCE_PAGE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
  );
}
