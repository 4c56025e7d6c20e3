'use server';

import { refusal } from '@/lib/action-result';
import { publicAction } from '@/lib/actions/public-action';
import { redirectTo, type FormContext } from '@/lib/actions/run-action';
import { getViewer } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { parseOrderNumber } from '@/lib/orders/format';
import { findOwnedOrder, findOwnedReturn, guestReturnPath } from './access';
import { createReturnRequest, type ReturnRequestRefused } from './create-return-request';
import { formatReturnNumber, parseReturnNumber } from './format';
import { readReturnForm, returnFormValues, returnRequestSchema } from './schemas';
import { limitReturnWritesByIp, limitReturnWritesByOrder } from './limits';
import { getReturnSettings } from './settings-store';
import { cancelReturn } from './steps';

/**
 * The customer's return actions. Each is a public endpoint: it proves who is
 * asking itself (an account, or a signed link posted back as `token`), and
 * anything it cannot tie to the caller is "not found".
 */

export const requestReturnAction = publicAction(
  { schema: returnRequestSchema, read: readReturnRequest, caller: orderOfCaller },
  async (request, { caller: { order, token, email }, formData, values, now }) => {
    const outcome = await createReturnRequest(
      order,
      request,
      { email },
      { appUrl: env().APP_URL, now, settings: await getReturnSettings() },
    );
    if (!outcome.ok) return refusal({ fieldErrors: fieldErrorsOf(outcome, formData), values });
    return redirectTo(
      token !== null ? guestReturnPath(outcome.created.id, order.email, now) : `/account/returns/${outcome.created.number}`,
    );
  },
);

export const cancelReturnAction = publicAction({ caller: returnOfCaller }, async (_input, { caller: { ret, token, email } }) => {
  await cancelReturn(ret.id, email, { appUrl: env().APP_URL });
  return redirectTo(
    token !== null ? `/returns/view?token=${encodeURIComponent(token)}` : `/account/returns/${formatReturnNumber(ret.number)}`,
  );
});

function readReturnRequest(formData: FormData) {
  const input = readReturnForm(formData);
  return { values: returnFormValues(input), input };
}

/** The signed link posted back as `token`, if there is one: it outranks the account. */
function tokenOf(formData: FormData): string | null {
  const token = formData.get('token');
  return typeof token === 'string' ? token : null;
}

/** The order, proven by a signed link or by the signed-in owner, and the address the request is made for. */
async function orderOfCaller({ formData, now }: FormContext) {
  await limitReturnWritesByIp();
  const [viewer, token] = [await getViewer(), tokenOf(formData)];
  const number = parseOrderNumber(String(formData.get('orderNumber') ?? ''));
  const order =
    token !== null
      ? await findOwnedOrder({ orderToken: token }, { now })
      : viewer && number
        ? await findOwnedOrder({ viewer, orderNumber: number }, { now })
        : null;
  if (!order) throw new AppError('NOT_FOUND', 'We could not find that order.');
  await limitReturnWritesByOrder(order.id);
  return { order, token, email: token !== null || !viewer ? order.email : viewer.email };
}

async function returnOfCaller({ formData }: FormContext) {
  await limitReturnWritesByIp();
  const [viewer, token] = [await getViewer(), tokenOf(formData)];
  const number = parseReturnNumber(String(formData.get('returnNumber') ?? ''));
  const ret =
    token !== null
      ? await findOwnedReturn({ returnToken: token })
      : viewer && number
        ? await findOwnedReturn({ viewer, returnNumber: number })
        : null;
  if (!ret) throw new AppError('NOT_FOUND', 'We could not find that return.');
  await limitReturnWritesByOrder(ret.orderId);
  return { ret, token, email: token !== null || !viewer ? ret.email : viewer.email };
}

/** Each refusal beside its input: `photos`, or the quantity box of the line (`items.0.quantity`). */
function fieldErrorsOf(refused: ReturnRequestRefused, formData: FormData): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (refused.photoErrors) errors.photos = refused.photoErrors;
  readReturnForm(formData).items.forEach((item, i) => {
    const message = Number(item.quantity) > 0 ? refused.itemErrors?.get(item.orderItemId) : undefined;
    if (message) errors[`items.${i}.quantity`] = [message];
  });
  return errors;
}
