import { env } from '@/lib/env';

/**
 * Which part of a request names the client, as the operator configured it:
 * `proxyHops` proxies in front, each appending the address it saw to
 * X-Forwarded-For (TRUSTED_PROXY_HOPS), or a header the platform sets and
 * overwrites itself (CLIENT_IP_HEADER, e.g. cf-connecting-ip, fly-client-ip).
 */
export type IpTrust = { proxyHops: number; header?: undefined } | { header: string; proxyHops?: undefined };

/** An IPv4 or IPv6 literal, loosely: enough to refuse free text as a rate-limit key. */
const ADDRESS = /^[0-9a-f:.]{2,45}$/i;

export function ipTrust(): IpTrust {
  const { CLIENT_IP_HEADER, TRUSTED_PROXY_HOPS } = env();
  return CLIENT_IP_HEADER ? { header: CLIENT_IP_HEADER } : { proxyHops: TRUSTED_PROXY_HOPS ?? 1 };
}

/**
 * The caller's address as the trusted proxies recorded it. Entries on the left
 * of X-Forwarded-For are whatever the client wrote and are never read: the
 * client is the entry `proxyHops` from the right, the one the outermost
 * trusted proxy appended. `next start` fills X-Forwarded-For with the socket
 * address only when the header is absent (it never appends), so a client that
 * reaches the app with no proxy in front could name any address: see the README.
 */
export function clientIp(headers: Headers, trust: IpTrust = ipTrust()): string {
  const candidate =
    trust.header !== undefined ? headers.get(trust.header) : fromForwardedFor(headers.get('x-forwarded-for'), trust.proxyHops);
  const address = candidate?.trim() ?? '';
  return ADDRESS.test(address) ? address : 'unknown';
}

function fromForwardedFor(value: string | null, hops: number): string | undefined {
  if (!value) return undefined;
  const entries = value.split(',');
  return entries[Math.max(0, entries.length - Math.max(1, hops))];
}
