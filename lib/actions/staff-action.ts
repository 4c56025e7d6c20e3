import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import { assertAdmin, assertStaff } from '@/lib/auth/guards';
import type { Viewer } from '@/lib/auth/session';
import { runAction, type FormAction, type FormContext, type FormSpec, type Outcome } from './run-action';

/** Who may take a staff action: any staff member (support agents and admins), or admins only. */
export type StaffRole = 'staff' | 'admin';

const guards: Record<StaffRole, () => Promise<Viewer>> = { staff: assertStaff, admin: assertAdmin };

/**
 * Staff actions check the caller first, before reading anything of the
 * input: an anonymous visitor is refused as UNAUTHENTICATED, anyone else
 * without the role as FORBIDDEN, and nothing runs.
 */
export function staffAction<S extends z.ZodType = z.ZodObject, R extends ActionResult = ActionResult>(
  role: StaffRole,
  spec: FormSpec<S>,
  handler: (data: z.output<S>, context: FormContext & { actor: Viewer }) => Promise<Outcome<NoInfer<R>>>,
): FormAction<R> {
  const guard = guards[role];
  return async (_previous, formData) =>
    runAction(
      spec,
      formData,
      () => guard(),
      (data, context, actor) => handler(data, { ...context, actor }),
    );
}
