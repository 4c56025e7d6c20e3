/**
 * The request id: one per request, on every log line written while serving it, and returned to the caller as
 * `x-request-id` so a support ticket or a load balancer log leads to the lines. Edge-safe (proxy.ts imports it).
 */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What a load balancer or CDN may pass on: a token (UUID, hex, base64url, `abc.def:1`), 8 to 128 characters. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** Keeps the id the load balancer already gave the request, if it is a safe token; anything else gets a fresh one. */
export function requestIdFor(incoming: string | null | undefined): string {
  return incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
}
