'use server';

import { revalidatePath } from 'next/cache';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { assertStaff } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { formatOrderNumber } from './format';
import { markDeliveredSchema, markShippedSchema } from './schemas';
import { markDelivered, markShipped } from './service';

/** Fulfilment: admins and support agents both move orders along. */

export async function markShippedAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number', 'carrier', 'trackingNumber']);
  let number: number;
  try {
    const actor = await assertStaff();
    const parsed = markShippedSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await markShipped(parsed.data, actor.email, env().APP_URL);
    number = parsed.data.number;
  } catch (error) {
    return failure(error, values);
  }
  revalidateOrder(number);
  return { ok: true, message: `${formatOrderNumber(number)} is marked shipped and the customer has been e-mailed.` };
}

export async function markDeliveredAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number', 'deliveredOn']);
  let number: number;
  try {
    const actor = await assertStaff();
    const parsed = markDeliveredSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    // A calendar day in the store's time zone (UTC): it starts the guarantee clock.
    const deliveredAt = new Date(`${parsed.data.deliveredOn}T00:00:00Z`);
    await markDelivered({ number: parsed.data.number, deliveredAt }, actor.email);
    number = parsed.data.number;
  } catch (error) {
    return failure(error, values);
  }
  revalidateOrder(number);
  return { ok: true, message: `${formatOrderNumber(number)} is marked delivered.` };
}

function revalidateOrder(number: number): void {
  revalidatePath(`/admin/orders/${formatOrderNumber(number)}`);
  revalidatePath('/admin/orders');
}
