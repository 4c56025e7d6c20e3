'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { staffAction } from '@/lib/actions/staff-action';
import { formatOrderNumber } from './format';
import { releaseHold } from './holds';
import { orderNumberField } from './schemas';

/** Admins only: releasing a hold lets an order whose payment did not match it ship. */
export const releaseOrderHoldAction = staffAction(
  'admin',
  { schema: z.object({ number: orderNumberField }), fields: ['number'] },
  async ({ number }, { actor }) => {
    await releaseHold(number, actor.email);
    revalidatePath(`/admin/orders/${formatOrderNumber(number)}`);
    revalidatePath('/admin/orders');
    return { ok: true, message: `The hold on ${formatOrderNumber(number)} is released: it can be shipped.` };
  },
);
