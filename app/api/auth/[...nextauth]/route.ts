import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { continuePath, EMAIL_CALLBACK_PATH, signInLinkParams } from '@/lib/auth/links';

/**
 * A GET of the e-mail callback would use up the sign-in token, and link
 * scanners GET every link in a message. So a GET is sent to the Continue page
 * (old e-mails link here), and only the page's POST reaches next-auth.
 */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH) {
    const params = signInLinkParams(request.nextUrl.searchParams);
    return new Response(null, { status: 303, headers: { Location: params ? continuePath(params) : '/sign-in/error?error=Verification' } });
  }
  return handlers.GET(request);
}

/**
 * Magic links are requested through the sign-in form's server action, which
 * applies the rate limits; posting straight to next-auth's endpoint would
 * skip them, so that one endpoint is closed. The e-mail callback is taken only
 * from this site's own Continue page: another site's form must not be able to
 * sign a visitor into an account of its choosing (login CSRF).
 */
export async function POST(request: NextRequest): Promise<Response> {
  const path = request.nextUrl.pathname;
  if (path.endsWith('/signin/email')) {
    return Response.json({ error: 'Request a sign-in link from the sign-in page.' }, { status: 403 });
  }
  const site = request.headers.get('sec-fetch-site');
  if (path === EMAIL_CALLBACK_PATH && site && site !== 'same-origin') {
    return Response.json({ error: 'Finish signing in from the page the e-mailed link opens.' }, { status: 403 });
  }
  return handlers.POST(request);
}
