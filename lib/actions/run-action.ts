import 'server-only';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, fieldErrorsOf, refusal, type ActionResult, type FormValues } from '@/lib/action-result';
import { hasUnsafeText, UNSAFE_TEXT_MESSAGE, withoutUnsafeText } from '@/lib/validation/schemas';

/**
 * The one pipeline every form action runs: read the form, check the caller,
 * parse with the form's zod schema, run the use case, and map what it threw
 * to a result through `failure`. Redirects happen last, outside the catch, so
 * a redirect is never mistaken for an error.
 */

/** What a handler sees besides its parsed input. */
export interface FormContext {
  formData: FormData;
  /** What the user typed, echoed on every refusal; undefined when the form has no fields of its own. */
  values: FormValues | undefined;
  /** One clock reading for the whole request. */
  now: Date;
}

/** How an action reads its form and which schema parses it. */
export interface FormSpec<S extends z.ZodType> {
  /** The schema, or one built per request (e.g. from the request's clock). A button with no fields (cancel) has none. */
  schema?: S | ((context: FormContext) => S);
  /** Field names read as strings: both what is parsed and what a refused form gets back. */
  fields?: readonly string[];
  /** Or a reader, for repeated, multi-value or file inputs: what is echoed back, and what is parsed. */
  read?: (formData: FormData) => { values: FormValues; input: unknown };
}

export interface Redirect {
  readonly redirectTo: string;
}

/** Handlers return a result for the form, or where to send the browser. Never call redirect() inside one. */
export type Outcome<R extends ActionResult = ActionResult> = R | Redirect;

export function redirectTo(path: string): Redirect {
  return { redirectTo: path };
}

/** A caller check that answers on its own (a refusal, a redirect) instead of letting the action go on. */
export class Halt {
  constructor(readonly outcome: Outcome) {}
}

export function halt(outcome: Outcome): Halt {
  return new Halt(outcome);
}

/** What a form posted to `useActionState` receives. */
export type FormAction<R extends ActionResult = ActionResult> = (previous: R, formData: FormData) => Promise<R>;

export function readForm(
  spec: Pick<FormSpec<z.ZodType>, 'fields' | 'read'>,
  formData: FormData,
): { values: FormValues | undefined; input: unknown } {
  if (spec.read) return spec.read(formData);
  if (!spec.fields) return { values: undefined, input: {} };
  const values: FormValues = Object.fromEntries(spec.fields.map((key) => [key, String(formData.get(key) ?? '')]));
  return { values, input: values };
}

const noInput = z.object({});

export function schemaOf<S extends z.ZodType>(spec: FormSpec<S>, context: FormContext): S {
  if (!spec.schema) return noInput as unknown as S;
  return spec.schema instanceof z.ZodType ? spec.schema : spec.schema(context);
}

export const UNSAFE_FORM_MESSAGE = 'The form contains a character we cannot accept (such as a NUL byte). Remove it and try again.';

/**
 * Refuses a form in which any field (or file name) holds U+0000 or a lone
 * surrogate: PostgreSQL refuses the first, and neither is text anyone types.
 * Runs before the caller check and the schema, so no check, counter or
 * write ever sees such a value. What is echoed back is cleaned.
 */
export function screenForm(formData: FormData, values: FormValues | undefined): ActionResult | null {
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    const text = typeof value === 'string' ? value : value.name;
    if (hasUnsafeText(key) || hasUnsafeText(text)) fieldErrors[withoutUnsafeText(key)] = [UNSAFE_TEXT_MESSAGE];
  }
  if (Object.keys(fieldErrors).length === 0) return null;
  const cleaned = values && Object.fromEntries(Object.entries(values).map(([key, value]) => [key, withoutUnsafeText(value)]));
  return refusal({ message: UNSAFE_FORM_MESSAGE, fieldErrors, values: cleaned });
}

export async function runAction<S extends z.ZodType, C, R extends ActionResult>(
  spec: FormSpec<S>,
  formData: FormData,
  checkCaller: (context: FormContext) => Promise<C | Halt>,
  handle: (data: z.output<S>, context: FormContext, caller: C) => Promise<Outcome<R>>,
): Promise<R> {
  const { values, input } = readForm(spec, formData);
  const unsafe = screenForm(formData, values);
  if (unsafe) return unsafe as R;
  const context: FormContext = { formData, values, now: new Date() };
  let outcome: Outcome<R> | Outcome;
  try {
    const caller = await checkCaller(context);
    if (caller instanceof Halt) {
      outcome = caller.outcome;
    } else {
      const parsed = schemaOf(spec, context).safeParse(input);
      outcome = parsed.success ? await handle(parsed.data, context, caller) : refusal({ fieldErrors: fieldErrorsOf(parsed.error), values });
    }
  } catch (error) {
    // Results for the form share ActionResult's shape; an action's own result type only adds optional keys.
    return failure(error, values) as R;
  }
  if ('redirectTo' in outcome) redirect(outcome.redirectTo);
  return outcome as R;
}
