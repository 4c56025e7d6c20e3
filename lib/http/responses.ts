import 'server-only';
import { assertStaff } from '@/lib/auth/guards';
import { AppError, httpStatusOf } from '@/lib/errors';

/** Small plain-text answers for route handlers, never cached. */
export function plainResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * For staff-only route handlers: null when the caller is staff, else the
 * answer to send (401 anonymous, 403 customer). Anything unexpected is
 * thrown to the framework's 500.
 */
export async function staffRefusal(): Promise<Response | null> {
  try {
    await assertStaff();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return plainResponse(httpStatusOf(error), error.message);
  }
}
