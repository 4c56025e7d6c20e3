import { NextResponse, type NextRequest } from 'next/server';
import { bodyLimitRefusal } from '@/lib/http/body-limit';
import { newNonce, noncePolicy } from '@/lib/http/content-security-policy';
import { usesNonce } from '@/lib/http/nonce-pages';
import { REQUEST_ID_HEADER, requestIdFor } from '@/lib/observability/request-id';

/**
 * Runs only where the matcher below says, never for a GET of a prerendered
 * page, so those keep no per-request work: (1) any request that carries a
 * body is held to 1 MB unless it posts to an upload page, before Next reads
 * it; (2) the dynamic pages get a fresh nonce and the policy that requires it. Every request it sees gets a
 * request id (lib/observability/request-id.ts): passed on to the app, which logs it, and returned as x-request-id.
 */
export function proxy(request: NextRequest): Response {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  const response = route(request, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

function route(request: NextRequest, requestId: string): Response {
  const { pathname } = request.nextUrl;
  if (!decodesAsUtf8(pathname))
    return new Response('That address is not valid.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const refusal = bodyLimitRefusal(request.method, pathname, request.headers);
  if (refusal) return refusal;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  if (!usesNonce(pathname)) return NextResponse.next({ request: { headers: requestHeaders } });

  const nonce = newNonce();
  const policy = noncePolicy(nonce);
  // Next reads the nonce for its own scripts from the request's copy of the policy.
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * A path whose percent-encoding is not UTF-8 (`%ED%A0%80`, `%uD800`) makes Next fail while matching a dynamic route
 * and answer a bare 500 (it looks for a /400 page the App Router cannot have): refuse it here first.
 */
function decodesAsUtf8(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// A literal, as Next requires (no variables): the pages of lib/http/nonce-pages.ts (tests/unit/security-policy.test.ts
// checks), then every request with a body, which HTTP/1.1 sends with a Content-Length or chunked; a browser's GET has neither.
export const config = {
  matcher: [
    '/admin/:path*',
    '/account/:path*',
    '/checkout/:path*',
    '/cart',
    '/orders/view',
    '/returns/:path*',
    '/support/tickets/:path*',
    '/sign-in',
    '/sign-in/continue',
    '/sign-in/error',
    '/support',
    '/search',
    '/dev/mailbox',
    { source: '/:path*', has: [{ type: 'header', key: 'content-length' }] },
    // Only paths with a percent sign (no slug of ours has one), for the check above.
    { source: '/:path(.*%.*)' },
    { source: '/:path*', has: [{ type: 'header', key: 'transfer-encoding' }] },
    // Route handlers (health, metrics, checkout return, auth…): each answers per request anyway, and logs with the id.
    { source: '/api/:path*' },
  ],
};
