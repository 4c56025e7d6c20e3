import 'server-only';
import type { z } from 'zod';
import { AppError, publicMessageOf, type AppErrorCode } from '@/lib/errors';
import { log } from '@/lib/observability/log';

/** What a server action returns to its form (useActionState). */
export interface ActionResult {
  ok: boolean;
  code?: AppErrorCode;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user typed, so a refused form does not lose it. */
  values?: Record<string, string>;
}

export type FormValues = Record<string, string>;

export const CORRECT_FIELDS = 'Please correct the highlighted fields.';

/**
 * The one way to refuse a form: a code (unprocessable unless said), a message
 * (ask to correct the fields unless said), errors beside their fields, and
 * what was typed. Keys that carry nothing are left out.
 */
export function refusal(
  refused: { code?: AppErrorCode; message?: string; fieldErrors?: Record<string, string[] | undefined>; values?: FormValues } = {},
): ActionResult {
  const { code = 'UNPROCESSABLE', message = CORRECT_FIELDS, fieldErrors, values } = refused;
  return { ok: false, code, message, ...(fieldErrors && { fieldErrors }), ...(values && { values }) };
}

/**
 * The one way to key field errors: by the name of the input they belong to.
 * A field of a repeated group keeps its index (`items.0.quantity`); a
 * multi-value input (checkboxes, a tag list) is one input, so an error about
 * one of its values drops the index (`muscles`). Errors about the whole form
 * are under `form`.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = [...issue.path];
    while (typeof path.at(-1) === 'number') path.pop();
    (errors[path.map(String).join('.') || 'form'] ??= []).push(issue.message);
  }
  return errors;
}

/** Maps a thrown error to a result the form can show; unexpected ones are logged, not shown. */
export function failure(error: unknown, values?: FormValues): ActionResult {
  if (!(error instanceof AppError) || error.code === 'INTERNAL') log.error({ err: error }, 'a form action failed unexpectedly');
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  return { ok: false, code, message: publicMessageOf(error), ...(values && { values }) };
}

export function formValues(formData: FormData, keys: readonly string[]): FormValues {
  return Object.fromEntries(keys.map((key) => [key, String(formData.get(key) ?? '')]));
}
