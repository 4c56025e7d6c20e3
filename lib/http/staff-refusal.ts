import 'server-only';
import { assertStaff } from '@/lib/auth/guards';
import { AppError, httpStatusOf } from '@/lib/errors';
import { plainResponse } from './responses';

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
