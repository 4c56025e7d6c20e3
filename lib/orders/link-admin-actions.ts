'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { enforceRateLimits } from '@/lib/actions/rate-limits';
import { staffAction } from '@/lib/actions/staff-action';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { formatOrderNumber } from './format';
import { getOrderForStaff } from './queries';
import { reissueOrderLink } from './reissue-link';
import { orderNumberField } from './schemas';

const perOrder = { name: 'link-revoke:order', limit: 10, windowMs: 3_600_000 };

/**
 * Staff: revoke every customer link to an order (and to its returns) and
 * e-mail a fresh order link to the order's address, e.g. when a customer
 * forwarded an order e-mail by mistake. Support agents may do it.
 */
export const revokeOrderLinksAction = staffAction(
  'staff',
  { schema: z.object({ number: orderNumberField }), fields: ['number'] },
  async ({ number }, { now }) => {
    const order = await getOrderForStaff(number);
    if (!order) throw new AppError('NOT_FOUND', `There is no order ${formatOrderNumber(number)}.`);
    await enforceRateLimits(
      [{ rule: perOrder, subject: order.id }],
      (wait) => `Links to this order were replaced often; try again ${wait}.`,
    );
    await reissueOrderLink(order.id, { appUrl: env().APP_URL, now, byStaff: true });
    revalidatePath(`/admin/orders/${number}`);
    return { ok: true, message: `Old links to ${order.number} no longer work. A fresh one is on its way to ${order.email}.` };
  },
);
