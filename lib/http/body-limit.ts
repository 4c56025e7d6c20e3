/**
 * Next's server-action body limit (next.config.mjs) is one number for every
 * action, sized for the upload forms. Everything else is held to 1 MB here, in
 * the proxy, before Next reads the body.
 */
export const SMALL_BODY_BYTES = 1024 * 1024;

/** Pages whose forms post files: the article cover, return photos, support attachments. */
const UPLOAD_PAGES = [
  /^\/admin\/articles\/[^/]+$/, // new and edit
  /^\/account\/orders\/[^/]+\/return$/,
  /^\/returns\/new$/,
  /^\/support$/,
  /^\/support\/tickets\/view$/,
];

/** Routes that read their own bodies with a cap of their own (lib/http/read-body.ts). */
const OWN_READERS = ['/api/webhooks/stripe', '/api/support/inbound'];

export function mayPostLargeBody(pathname: string): boolean {
  return UPLOAD_PAGES.some((page) => page.test(pathname)) || OWN_READERS.includes(pathname);
}

/** The refusal for a request whose body is over the cap or of unknown length, or null to let it through. */
export function bodyLimitRefusal(method: string, pathname: string, headers: Headers): Response | null {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || mayPostLargeBody(pathname)) return null;
  const length = headers.get('content-length');
  if (length === null) {
    // A chunked body could be any size; browsers always send a length with a form.
    return headers.has('transfer-encoding') ? refuse(411, 'Send a Content-Length with the request body.') : null;
  }
  const bytes = Number(length);
  if (!Number.isInteger(bytes) || bytes < 0) return refuse(400, 'Content-Length is not a number.');
  return bytes > SMALL_BODY_BYTES ? refuse(413, 'This request is larger than 1 MB. Only file uploads may be larger.') : null;
}

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
