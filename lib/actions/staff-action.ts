import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import { assertAdmin, assertStaff, refuseUnlessFreshAdmin, type SensitiveStep } from '@/lib/auth/guards';
import type { Viewer } from '@/lib/auth/session';
import { runAction, type FormAction, type FormContext, type FormSpec, type Outcome } from './run-action';

/** Who may take a staff action: any staff member (support agents and admins), or admins only. */
export type StaffRole = 'staff' | 'admin';

export type { SensitiveStep };

export interface StaffSpec<S extends z.ZodType> extends FormSpec<S> {
  /**
   * For steps that move money, stock or roles: given the parsed input, the step
   * (what it is, and the page to come back to), or null when this input is not
   * one (a delivery dated today). Such a step needs an admin with a recent
   * sign-in (lib/auth/reauth.ts), whatever `role` lets in.
   */
  sensitive?: (data: z.output<S>, context: FormContext) => SensitiveStep | null;
}

const guards: Record<StaffRole, () => Promise<Viewer>> = { staff: assertStaff, admin: assertAdmin };

/**
 * Staff actions check the caller first, before reading anything of the
 * input: an anonymous visitor is refused as UNAUTHENTICATED, anyone else
 * without the role as FORBIDDEN, and nothing runs. A sensitive step is then
 * checked against the parsed input, before the handler.
 */
export function staffAction<S extends z.ZodType = z.ZodObject, R extends ActionResult = ActionResult>(
  role: StaffRole,
  spec: StaffSpec<S>,
  handler: (data: z.output<S>, context: FormContext & { actor: Viewer }) => Promise<Outcome<NoInfer<R>>>,
): FormAction<R> {
  const guard = guards[role];
  return async (_previous, formData) =>
    runAction(
      spec,
      formData,
      () => guard(),
      async (data, context, actor) => {
        const step = spec.sensitive?.(data, context);
        const refused = step ? await refuseUnlessFreshAdmin(step, actor, context) : null;
        return refused ? (refused as R) : handler(data, { ...context, actor });
      },
    );
}
