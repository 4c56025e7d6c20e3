/**
 * The caller's IP as the load balancer reports it. Only the first hop of
 * X-Forwarded-For is the client; the app must sit behind a proxy that sets
 * it (every managed load balancer does).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
