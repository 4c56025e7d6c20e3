import { ServerResponse } from 'node:http';

/**
 * Next.js 16 sends the first, uncached render of a redirect from an ISR page
 * (an old article slug: `permanentRedirect` in app/(content)/blog/[slug])
 * with two identical `Location` headers: the render sets one, then the
 * response cache appends the cached copy (vercel/next.js#82117, fix proposed
 * in #95913). Proxies join them into "/a, /a" and crawlers give up.
 *
 * `Location` is single-valued (RFC 9110 §10.2.2), so appending a value the
 * response already has is dropped here, for every response of this server.
 * Nothing else changes. Remove once Next ships the fix: the e2e test
 * tests/e2e/hostile-urls.spec.ts checks the raw headers.
 */
const INSTALLED = Symbol.for('qlclaw.singleLocation');

export function keepLocationSingle(): void {
  const proto = ServerResponse.prototype as ServerResponse & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const append = proto.appendHeader;
  proto.appendHeader = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    if (name.toLowerCase() === 'location') {
      const current = ([] as unknown[]).concat(this.getHeader('location') ?? []).map(String);
      const incoming = ([] as string[]).concat(value);
      if (current.length > 0 && incoming.every((v) => current.includes(v))) return this;
    }
    return append.call(this, name, value);
  };
  proto[INSTALLED] = true;
}
