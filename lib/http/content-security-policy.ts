/**
 * The Content-Security-Policy of dynamic pages (lib/http/nonce-pages.ts says
 * which). Scripts run only with this response's nonce (Next puts it on its own
 * scripts, read from the request's copy of this header) or when loaded by one
 * of them ('strict-dynamic'); no inline style but next/image's, no plugin, no <base>, no
 * framing, and forms post only here or to Stripe Checkout: Chromium checks
 * form-action on the redirect a server action answers with.
 *
 * Prerendered pages cannot carry a per-request nonce: their weaker, static
 * policy is in next.config.mjs.
 */
/**
 * The one inline style attribute allowed: `color:transparent`, which next/image
 * puts on every <img> to hide the alt text while it loads. 'unsafe-hashes'
 * lets exactly that attribute value through, nothing else.
 */
const NEXT_IMAGE_STYLE = 'sha256-zlqnbDt84zf1iSefLU/ImC54isoprH/MRiVZGskwexk=';

export function noncePolicy(nonce: string, options: { dev?: boolean } = { dev: process.env.NODE_ENV === 'development' }): string {
  return [
    "default-src 'self'",
    // `next dev` evaluates modules with eval() and injects styles for fast refresh; a production build does neither.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    options.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}' 'unsafe-hashes' '${NEXT_IMAGE_STYLE}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self' https://checkout.stripe.com",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 128 random bits, base64: a fresh one for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
