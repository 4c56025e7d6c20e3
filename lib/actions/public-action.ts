import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import { readForm, runAction, schemaOf, type FormAction, type FormContext, type FormSpec, type Halt, type Outcome } from './run-action';

/**
 * Public actions: anyone may post them, so an action that acts on something
 * of the caller's proves it in `caller` (a signed link, the signed-in viewer,
 * the spam checks) before its input is parsed. What `caller` throws is mapped
 * like any other error; what it returns reaches the handler as `caller`.
 */
export interface PublicSpec<S extends z.ZodType, C> extends FormSpec<S> {
  caller?: (context: FormContext) => Promise<C | Halt>;
}

export function publicAction<S extends z.ZodType = z.ZodObject, C = undefined, R extends ActionResult = ActionResult>(
  spec: PublicSpec<S, C>,
  handler: (data: z.output<S>, context: FormContext & { caller: C }) => Promise<Outcome<NoInfer<R>>>,
): FormAction<R> {
  const checkCaller = spec.caller ?? (async () => undefined as C);
  return async (_previous, formData) =>
    runAction(spec, formData, checkCaller, (data, context, caller) => handler(data, { ...context, caller }));
}

/**
 * For a plain `<form action>` that shows no result (a cart line's buttons):
 * input that does not parse is ignored, and errors are left to the error page.
 */
export function publicFormAction<S extends z.ZodType = z.ZodObject>(
  spec: FormSpec<S>,
  handler: (data: z.output<S>, context: FormContext) => Promise<void>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const { values, input } = readForm(spec, formData);
    const context: FormContext = { formData, values, now: new Date() };
    const parsed = schemaOf(spec, context).safeParse(input);
    if (parsed.success) await handler(parsed.data, context);
  };
}
