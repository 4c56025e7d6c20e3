'use server';

import { revalidatePath } from 'next/cache';
import { formValues, refusal } from '@/lib/action-result';
import { staffAction } from '@/lib/actions/staff-action';
import { refreshStockPagesOf } from '@/lib/catalog/stock-pages';
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

/**
 * Staff steps on a return. Support agents approve, reject and record a parcel received; what moves money or
 * stock (a refund, putting units back on the shelf) needs an admin with a recent sign-in, as does the policy.
 */

async function getReturnOrThrow(number: number): Promise<ReturnRefDto> {
  const found = await findReturnByNumber(number);
  if (!found) throw new AppError('NOT_FOUND', `There is no return ${formatReturnNumber(number)}.`);
  return found;
}

async function deps() {
  return { appUrl: env().APP_URL, settings: await getReturnSettings() };
}

function returnPage(number: number): string {
  return `/admin/returns/${formatReturnNumber(number)}`;
}

/** The return's page, the queue, and the order page that lists the order's returns. */
function revalidateReturn(ret: ReturnRefDto): void {
  revalidatePath(`/admin/returns/${ret.number}`);
  revalidatePath('/admin/returns');
  revalidatePath(`/admin/orders/${ret.orderNumber}`);
}

export const approveReturnAction = staffAction(
  'staff',
  { schema: approveReturnSchema, fields: ['number'] },
  async ({ number }, { actor }) => {
    const ret = await getReturnOrThrow(number);
    await approveReturn(ret.id, actor.email, await deps());
    revalidateReturn(ret);
    return { ok: true, message: `${ret.number} is approved and the customer has been e-mailed how to send it back.` };
  },
);

export const rejectReturnAction = staffAction(
  'staff',
  { schema: rejectReturnSchema, fields: ['number', 'reason'] },
  async ({ number, reason }, { actor }) => {
    const ret = await getReturnOrThrow(number);
    await rejectReturn(ret.id, reason, actor.email, await deps());
    revalidateReturn(ret);
    return { ok: true, message: `${ret.number} is rejected and the customer has been told why.` };
  },
);

export const markReceivedAction = staffAction(
  'staff',
  {
    schema: markReceivedSchema,
    fields: ['number', 'conditionNotes', 'sellable'],
    sensitive: ({ number, sellable }) => (sellable ? { what: 'put returned units back in stock', returnTo: returnPage(number) } : null),
  },
  async (received, { actor }) => {
    const ret = await getReturnOrThrow(received.number);
    const { conditionNotes, sellable } = received;
    await markReceived(ret.id, { conditionNotes, sellable }, actor.email, await deps());
    revalidateReturn(ret);
    revalidatePath('/admin/products');
    if (sellable) await refreshStockPagesOf({ returnId: ret.id }); // the product pages show the units back on the shelf
    return { ok: true, message: `${ret.number} is marked received${sellable ? ' and its units are back in stock' : ''}.` };
  },
);

export const refundReturnAction = staffAction(
  'admin',
  {
    schema: refundReturnSchema,
    fields: ['number'],
    sensitive: ({ number }) => ({ what: 'refund a return', returnTo: returnPage(number) }),
  },
  async ({ number }, { actor, values }) => {
    const ret = await getReturnOrThrow(number);
    const outcome = await refundReturn(ret.id, actor.email, { ...(await deps()), provider: paymentProvider() });
    // A failed attempt is recorded too, so the pages change either way.
    revalidateReturn(ret);
    if (outcome.status === 'failed')
      return refusal({ message: `The refund failed: ${outcome.reason.replace(/[.\s]+$/, '')}. You can retry.`, values });
    const money = formatMoney({ amount: outcome.amountCents, currency: ret.currency });
    return outcome.status === 'succeeded'
      ? { ok: true, message: `Refunded ${money} for ${ret.number}; the customer has been e-mailed.` }
      : {
          ok: true,
          message: `The refund of ${money} is pending with the payment provider; ${ret.number} is marked refunded when it completes.`,
        };
  },
);

export const saveReturnSettingsAction = staffAction(
  'admin',
  { schema: returnSettingsFormSchema, read: readReturnSettingsForm },
  async (settings, { actor }) => {
    await saveReturnSettings(settings, actor.email);
    // The policy decides which buttons every return page shows.
    revalidatePath('/admin/returns', 'layout');
    return { ok: true, message: 'The return policy is saved. It applies to requests, approvals and refunds from now on.' };
  },
);

/** Reasons are ticked checkboxes (many values); a ticked checkbox posts "on", an unticked one posts nothing. */
function readReturnSettingsForm(formData: FormData) {
  const autoApproveReasons = formData.getAll('autoApproveReasons').map(String);
  const refundRequiresReceipt = formData.get('refundRequiresReceipt') === 'on';
  const numbers = formValues(formData, ['awaitItemDays', 'reminderDaysBefore']);
  return {
    values: { ...numbers, autoApproveReasons: autoApproveReasons.join(','), refundRequiresReceipt: refundRequiresReceipt ? 'on' : '' },
    input: { ...numbers, autoApproveReasons, refundRequiresReceipt },
  };
}
