'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { staffAction } from '@/lib/actions/staff-action';
import { env } from '@/lib/env';
import { clearDispute } from './disputes';
import { formatOrderNumber } from './format';
import { markDeliveredSchema, markShippedSchema, orderNumberField } from './schemas';
import { markDelivered, markShipped } from './service';

/**
 * Fulfilment: admins and support agents both move orders along. A delivery dated before yesterday starts the
 * 60-day return window early, so back-dating it needs an admin with a recent sign-in.
 */

export const markShippedAction = staffAction(
  'staff',
  { schema: markShippedSchema, fields: ['number', 'carrier', 'trackingNumber'] },
  async (shipment, { actor }) => {
    await markShipped(shipment, actor.email, env().APP_URL);
    revalidateOrder(shipment.number);
    return { ok: true, message: `${formatOrderNumber(shipment.number)} is marked shipped and the customer has been e-mailed.` };
  },
);

export const markDeliveredAction = staffAction(
  'staff',
  {
    schema: markDeliveredSchema,
    fields: ['number', 'deliveredOn'],
    sensitive: ({ number, deliveredOn }, { now }) =>
      isBackDated(deliveredOn, now) ? { what: 'back-date a delivery', returnTo: `/admin/orders/${formatOrderNumber(number)}` } : null,
  },
  async ({ number, deliveredOn }, { actor }) => {
    // A calendar day in the store's time zone (UTC): it starts the guarantee clock.
    await markDelivered({ number, deliveredAt: new Date(`${deliveredOn}T00:00:00Z`) }, actor.email);
    revalidateOrder(number);
    return { ok: true, message: `${formatOrderNumber(number)} is marked delivered.` };
  },
);

/**
 * A charge.dispute.created webhook flags the order and refunds wait; an admin
 * clears the flag once the dispute is settled. Admins only: it unblocks money leaving.
 */
export const clearDisputeAction = staffAction(
  'admin',
  {
    schema: z.object({ number: orderNumberField }),
    fields: ['number'],
    sensitive: ({ number }) => ({ what: 'clear a dispute flag', returnTo: `/admin/orders/${formatOrderNumber(number)}` }),
  },
  async ({ number }, { actor }) => {
    await clearDispute(number, actor.email);
    revalidateOrder(number);
    revalidatePath('/admin/returns', 'layout');
    return { ok: true, message: `The dispute flag on ${formatOrderNumber(number)} is cleared: its returns can be refunded again.` };
  },
);

/** Today and yesterday (a parcel left late in the evening) are not back-dating; earlier days are. Store time zone: UTC. */
function isBackDated(deliveredOn: string, now: Date): boolean {
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  return deliveredOn < yesterday;
}

function revalidateOrder(number: number): void {
  revalidatePath(`/admin/orders/${formatOrderNumber(number)}`);
  revalidatePath('/admin/orders');
}
