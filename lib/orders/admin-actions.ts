'use server';

import { revalidatePath } from 'next/cache';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { z } from 'zod';
import { assertAdmin, assertStaff } from '@/lib/auth/guards';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { formatOrderNumber } from './format';
import { markDeliveredSchema, markShippedSchema, orderNumberField } from './schemas';
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

/**
 * A charge.dispute.created webhook flags the order and refunds wait; an admin
 * clears the flag once the dispute is settled. Admins only: it unblocks money leaving.
 */
export async function clearDisputeAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number']);
  let number: number;
  try {
    const actor = await assertAdmin();
    const parsed = z.object({ number: orderNumberField }).safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    number = parsed.data.number;
    await clearDispute(number, actor.email);
  } catch (error) {
    return failure(error, values);
  }
  revalidateOrder(number);
  revalidatePath('/admin/returns', 'layout');
  return { ok: true, message: `The dispute flag on ${formatOrderNumber(number)} is cleared: its returns can be refunded again.` };
}

// Belongs in ./service.ts beside markShipped; kept here (not exported) because that file has another owner right now.
async function clearDispute(number: number, actor: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({ where: { number, disputed: true }, data: { disputed: false } });
    const order = await tx.order.findUnique({ where: { number }, select: { id: true } });
    if (!order) throw new AppError('NOT_FOUND', `There is no order ${formatOrderNumber(number)}.`);
    if (count === 0) throw new AppError('CONFLICT', `${formatOrderNumber(number)} is not flagged as disputed.`);
    await tx.orderEvent.create({ data: { orderId: order.id, type: 'dispute_cleared', actor, message: 'Dispute flag cleared: refunds are allowed again.' } });
  });
}

function revalidateOrder(number: number): void {
  revalidatePath(`/admin/orders/${formatOrderNumber(number)}`);
  revalidatePath('/admin/orders');
}
