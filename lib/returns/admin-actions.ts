'use server';

import { revalidatePath } from 'next/cache';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { assertAdmin, assertStaff } from '@/lib/auth/guards';
import { paymentProvider } from '@/lib/checkout';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { formatMoney } from '@/lib/money';
import { findReturnByNumber, type ReturnRefDto } from './admin-queries';
import { approveReturnSchema, markReceivedSchema, refundReturnSchema, rejectReturnSchema, returnSettingsFormSchema } from './admin-schemas';
import { refundReturn } from './refunds';
import { formatReturnNumber } from './format';
import { getReturnSettings, saveReturnSettings } from './settings-store';
import { approveReturn, markReceived, rejectReturn } from './steps';

/** Staff steps on a return. Support agents and admins may take each; only admins change the policy. */

async function returnOrThrow(number: number): Promise<ReturnRefDto> {
  const found = await findReturnByNumber(number);
  if (!found) throw new AppError('NOT_FOUND', `There is no return ${formatReturnNumber(number)}.`);
  return found;
}

async function deps() {
  return { appUrl: env().APP_URL, settings: await getReturnSettings() };
}

/** The return's page, the queue, and the order page that lists the order's returns. */
function revalidateReturn(ret: ReturnRefDto): void {
  revalidatePath(`/admin/returns/${ret.number}`);
  revalidatePath('/admin/returns');
  revalidatePath(`/admin/orders/${ret.orderNumber}`);
}

export async function approveReturnAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number']);
  let ret: ReturnRefDto;
  try {
    const actor = await assertStaff();
    const parsed = approveReturnSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    ret = await returnOrThrow(parsed.data.number);
    await approveReturn(ret.id, actor.email, await deps());
  } catch (error) {
    return failure(error, values);
  }
  revalidateReturn(ret);
  return { ok: true, message: `${ret.number} is approved and the customer has been e-mailed how to send it back.` };
}

export async function rejectReturnAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number', 'reason']);
  let ret: ReturnRefDto;
  try {
    const actor = await assertStaff();
    const parsed = rejectReturnSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    ret = await returnOrThrow(parsed.data.number);
    await rejectReturn(ret.id, parsed.data.reason, actor.email, await deps());
  } catch (error) {
    return failure(error, values);
  }
  revalidateReturn(ret);
  return { ok: true, message: `${ret.number} is rejected and the customer has been told why.` };
}

export async function markReceivedAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number', 'conditionNotes', 'sellable']);
  let ret: ReturnRefDto;
  let sellable: boolean;
  try {
    const actor = await assertStaff();
    const parsed = markReceivedSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    ret = await returnOrThrow(parsed.data.number);
    sellable = parsed.data.sellable;
    await markReceived(ret.id, { conditionNotes: parsed.data.conditionNotes, sellable }, actor.email, await deps());
  } catch (error) {
    return failure(error, values);
  }
  revalidateReturn(ret);
  revalidatePath('/admin/products');
  return { ok: true, message: `${ret.number} is marked received${sellable ? ' and its units are back in stock' : ''}.` };
}

export async function refundReturnAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number']);
  let ret: ReturnRefDto;
  let result: ActionResult;
  try {
    const actor = await assertStaff();
    const parsed = refundReturnSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    ret = await returnOrThrow(parsed.data.number);
    const outcome = await refundReturn(ret.id, actor.email, { ...(await deps()), provider: paymentProvider() });
    if (outcome.status === 'failed') {
      result = { ok: false, message: `The refund failed: ${outcome.reason.replace(/[.\s]+$/, '')}. You can retry.`, values };
    } else {
      const money = formatMoney({ amount: outcome.amountCents, currency: ret.currency });
      result = outcome.status === 'succeeded'
        ? { ok: true, message: `Refunded ${money} for ${ret.number}; the customer has been e-mailed.` }
        : { ok: true, message: `The refund of ${money} is pending with the payment provider; ${ret.number} is marked refunded when it completes.` };
    }
  } catch (error) {
    return failure(error, values);
  }
  // A failed attempt is recorded too, so the pages change either way.
  revalidateReturn(ret);
  return result;
}

export async function saveReturnSettingsAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const reasons = formData.getAll('autoApproveReasons').map(String);
  // A ticked checkbox posts "on"; an unticked one posts nothing.
  const requiresReceipt = formData.get('refundRequiresReceipt') === 'on';
  const values = { ...formValues(formData, ['awaitItemDays', 'reminderDaysBefore']), autoApproveReasons: reasons.join(','), refundRequiresReceipt: requiresReceipt ? 'on' : '' };
  try {
    const actor = await assertAdmin();
    const parsed = returnSettingsFormSchema.safeParse({ ...values, autoApproveReasons: reasons, refundRequiresReceipt: requiresReceipt });
    if (!parsed.success) return invalid(parsed.error, values);
    await saveReturnSettings(parsed.data, actor.email);
  } catch (error) {
    return failure(error, values);
  }
  // The policy decides which buttons every return page shows.
  revalidatePath('/admin/returns', 'layout');
  return { ok: true, message: 'The return policy is saved. It applies to requests, approvals and refunds from now on.' };
}
