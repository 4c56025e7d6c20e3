import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newNonce, noncePolicy } from '@/lib/http/content-security-policy';
import { NONCE_PAGE_PREFIXES, NONCE_PAGES_EXACT, usesNonce } from '@/lib/http/nonce-pages';
import { config } from '@/proxy';

// next.config.mjs is plain JavaScript with no types: import it by a path TypeScript does not resolve.
const nextConfigPath: string = '../../next.config.mjs';
const { STATIC_CONTENT_SECURITY_POLICY } = (await import(nextConfigPath)) as { STATIC_CONTENT_SECURITY_POLICY: string };

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v.join(' ')]),
  );

describe('content security policies', () => {
  it('on prerendered pages: no plugins, no <base>, no framing, forms only here or to Stripe Checkout', () => {
    const policy = directives(STATIC_CONTENT_SECURITY_POLICY);
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'self' https://checkout.stripe.com");
    expect(policy.get('default-src')).toBe("'self'");
  });

  it('on dynamic pages: scripts and styles only with the response nonce, nothing inline, same restrictions otherwise', () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const policy = directives(noncePolicy(nonce));
    expect(policy.get('script-src')).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy.get('style-src')).toBe(`'self' 'nonce-${nonce}' 'unsafe-hashes' 'sha256-${sha256('color:transparent')}'`);
    expect(noncePolicy(nonce)).not.toMatch(/unsafe-(inline|eval)/);
    for (const key of ['object-src', 'base-uri', 'frame-ancestors', 'form-action']) {
      expect(policy.get(key)).toBe(directives(STATIC_CONTENT_SECURITY_POLICY).get(key));
    }
  });

  it("names the same pages in proxy.ts's matcher as in lib/http/nonce-pages.ts", () => {
    const pageSources = config.matcher.filter((m): m is string => typeof m === 'string');
    expect(pageSources.sort()).toEqual([...NONCE_PAGES_EXACT, ...NONCE_PAGE_PREFIXES.map((p) => `${p}/:path*`)].sort());
    expect(usesNonce('/admin')).toBe(true);
    expect(usesNonce('/account/orders/12')).toBe(true);
    expect(usesNonce('/sign-in/check-email')).toBe(false);
    expect(usesNonce('/support/thanks')).toBe(false);
    expect(usesNonce('/products/ql-claw')).toBe(false);
    expect(usesNonce('/administrator')).toBe(false);
  });
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
