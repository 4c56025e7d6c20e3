import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';

export const GET = handlers.GET;

/**
 * Magic links are requested through the sign-in form's server action, which
 * applies the rate limits; posting straight to next-auth's endpoint would
 * skip them, so that one endpoint is closed.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith('/signin/email')) {
    return Response.json({ error: 'Request a sign-in link from the sign-in page.' }, { status: 403 });
  }
  return handlers.POST(request);
}
