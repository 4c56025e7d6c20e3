'use server';

import { headers } from 'next/headers';
import { failure, formValues, invalid, type ActionResult } from '@/lib/action-result';
import { db } from '@/lib/db';
import { enqueueEmail } from '@/lib/email/outbox';
import { orderLookupEmail } from '@/lib/email/order-emails';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { consumeAll, describeWait } from '@/lib/rate-limit/service';
import { formatOrderNumber } from './format';
import { ORDER_LINK_HOURS, orderLinkFor } from './links';
import { orderLookupSchema } from './schemas';

const HOUR = 3_600_000;
const lookupLimits = {
  perIp: { name: 'order-lookup:ip', limit: 10, windowMs: HOUR },
  perEmail: { name: 'order-lookup:email', limit: 5, windowMs: HOUR },
};

/**
 * Public: a guest asks for a link to an order. The answer is the same whether
 * or not the number and e-mail match, so the form reveals nothing; only the
 * order's own address receives the link.
 */
export async function lookupOrderAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['number', 'email']);
  const parsed = orderLookupSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { number, email } = parsed.data;
  try {
    const limit = await consumeAll([
      { rule: lookupLimits.perIp, subject: clientIp(await headers()) },
      { rule: lookupLimits.perEmail, subject: email },
    ]);
    if (!limit.allowed) throw new AppError('RATE_LIMITED', `Too many look-ups. Please try again ${describeWait(limit.resetAt)}.`);
    const order = await db.order.findFirst({
      where: { number, email, status: { in: ['PAID', 'SHIPPED', 'DELIVERED'] } },
      select: { id: true },
    });
    if (order) {
      await enqueueEmail(db, {
        to: email,
        template: 'order-lookup',
        email: orderLookupEmail({ number: formatOrderNumber(number), url: orderLinkFor(env().APP_URL, order.id, email), validHours: ORDER_LINK_HOURS }),
      });
    }
  } catch (error) {
    return failure(error, values);
  }
  return { ok: true, message: `If ${formatOrderNumber(number)} was placed with ${email}, a link to it is on its way there now.` };
}
