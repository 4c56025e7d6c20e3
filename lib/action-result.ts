import 'server-only';
import { z } from 'zod';
import { AppError, publicMessageOf, type AppErrorCode } from '@/lib/errors';

/** What a server action returns to its form (useActionState). */
export interface ActionResult {
  ok: boolean;
  code?: AppErrorCode;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user typed, so a refused form does not lose it. */
  values?: Record<string, string>;
}

export function invalid(error: z.ZodError, values?: Record<string, string>): ActionResult {
  const { fieldErrors } = z.flattenError(error) as { fieldErrors: Record<string, string[] | undefined> };
  return { ok: false, code: 'UNPROCESSABLE', message: 'Please correct the highlighted fields.', fieldErrors, values };
}

/** Maps a thrown error to a result the form can show; unexpected ones are logged, not shown. */
export function failure(error: unknown, values?: Record<string, string>): ActionResult {
  if (!(error instanceof AppError) || error.code === 'INTERNAL') console.error(error);
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  return { ok: false, code, message: publicMessageOf(error), values };
}

export function formValues(formData: FormData, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, String(formData.get(key) ?? '')]));
}
