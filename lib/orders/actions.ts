'use server';

import { publicAction } from '@/lib/actions/public-action';
import { enforceRateLimits, requestIp } from '@/lib/actions/rate-limits';
import { env } from '@/lib/env';
import { formatOrderNumber } from './format';
import { orderLookupSchema } from './schemas';
import { sendOrderLink } from './send-order-link';

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
export const lookupOrderAction = publicAction({ schema: orderLookupSchema, fields: ['number', 'email'] }, async ({ number, email }) => {
  await enforceRateLimits(
    [
      { rule: lookupLimits.perIp, subject: await requestIp() },
      { rule: lookupLimits.perEmail, subject: email },
    ],
    (wait) => `Too many look-ups. Please try again ${wait}.`,
  );
  await sendOrderLink({ number, email }, env().APP_URL);
  return { ok: true, message: `If ${formatOrderNumber(number)} was placed with ${email}, a link to it is on its way there now.` };
});
